export type TimelineWindow = "hour" | "day";

const OPTIONS: { value: TimelineWindow; label: string }[] = [
  { value: "hour", label: "Last hour" },
  { value: "day", label: "Last 24 hours" },
];

/** Two toggle buttons (aria-pressed): the charts' time window. */
export function WindowSwitch({
  value,
  onChange,
}: {
  value: TimelineWindow;
  onChange: (value: TimelineWindow) => void;
}) {
  return (
    <div className="window-switch" role="group" aria-label="Time window">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          className="button button--small"
          aria-pressed={value === option.value}
          onClick={() => onChange(option.value)}
          data-testid={`window-${option.value}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
