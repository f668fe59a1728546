import { useId, type ReactNode } from "react";

type MeterRowProps = {
  label: string;
  value: number;
  max: number;
  title?: string;
  testId: string;
  children: ReactNode;
  hideLabel?: boolean;
};

/** A labelled <meter>: native semantics, so screen readers get the value and range for free. */
export function MeterRow({ label, value, max, title, testId, children, hideLabel = false }: MeterRowProps) {
  const labelId = useId();
  return (
    <div className="meter-row" data-testid={testId} title={title}>
      <span id={labelId} className={hideLabel ? "meter-row__label meter-row__label--quiet" : "meter-row__label"}>
        {label}
      </span>
      <meter
        className="meter-row__bar"
        min={0}
        max={Math.max(max, 1)}
        value={Math.min(value, max)}
        high={max * 0.8}
        optimum={0}
        aria-labelledby={labelId}
      />
      <span className="meter-row__value">{children}</span>
    </div>
  );
}
