import { useQuery } from "convex/react";
import { api } from "../../../convex/_generated/api";
import { formatUsd } from "../../../rules/money";
import { useClock } from "../../lib/clock/use-clock";
import { MeterRow } from "./MeterRow";

// Requests are counted per fixed minute window (rules/rate-window.ts).
const WINDOW_MS = 60_000;

/** Messages this minute and spend today against the user's plan, live from the server. */
export function UsageMeter() {
  const usage = useQuery(api.guardrails.usage.mine);
  // The query only re-runs when usage changes; once its window has ended, the count is stale: zero.
  const minute = useClock(WINDOW_MS);

  if (!usage) return <div className="usage-meter usage-meter--loading" data-testid="usage-meter" aria-busy="true" />;
  const { requests, spend } = usage;
  const used = minute >= requests.resetsAt ? 0 : requests.used;
  const spentNow = spend.spentMicros + spend.reservedMicros;

  return (
    <section className="usage-meter" aria-label="Your usage" data-testid="usage-meter">
      <MeterRow
        label="Messages this minute"
        value={used}
        max={requests.limit}
        text={`${used}/${requests.limit}`}
        testId="usage-requests"
      />
      <MeterRow
        label="Spent today"
        value={spentNow}
        max={spend.capMicros}
        text={`${formatUsd(spentNow)} of ${formatUsd(spend.capMicros)}`}
        title={spend.reservedMicros > 0 ? `Includes ${formatUsd(spend.reservedMicros)} held for replies in progress` : undefined}
        testId="usage-spend"
      />
    </section>
  );
}
