type BreakerState = "closed" | "half_open" | "open";

const LABEL: Record<BreakerState, string> = { closed: "closed", half_open: "half-open", open: "open" };

/** The breaker's state in words and colour (never colour alone). */
export function BreakerBadge({ state }: { state: BreakerState }) {
  return (
    <span className={`badge badge--${state}`} data-testid="breaker-state" data-state={state}>
      Breaker {LABEL[state]}
    </span>
  );
}
