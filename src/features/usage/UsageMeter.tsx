import { useQuery } from "convex/react";
import { api } from "../../../convex/_generated/api";
import { useClock } from "@/lib/clock/use-clock";
import { FreesIn } from "./FreesIn";
import { MeterRow } from "./MeterRow";
import { moneyFigures } from "./money-figures";
import "./usage.css";

// Requests are counted per fixed minute window (rules/rate-window.ts).
const WINDOW_MS = 60_000;

/** This minute's messages, the live count (0 once its window has passed). */
export function useUsage() {
  const usage = useQuery(api.guardrails.usage.mine);
  // The query only re-runs when usage changes; once its window has ended, the count is stale: zero.
  const minute = useClock(WINDOW_MS);
  if (!usage) return undefined;
  const used = minute >= usage.requests.resetsAt ? 0 : usage.requests.used;
  return { ...usage, used };
}

/** Messages this minute and spend today against the user's plan, live from the server. */
export function UsageMeter() {
  const usage = useUsage();
  if (!usage) return <div className="usage-meter usage-meter--loading" data-testid="usage-meter" aria-busy="true" />;
  const { requests, spend, used } = usage;
  const money = moneyFigures(spend.spentMicros, spend.reservedMicros, spend.capMicros);
  const full = used >= requests.limit;

  return (
    <section className="usage-meter" aria-label="Your usage" data-testid="usage-meter">
      <MeterRow label="This minute" value={used} max={requests.limit} testId="usage-requests">
        <span data-testid="usage-requests-value">{`${used}/${requests.limit}`}</span>
        {full && <FreesIn resetsAt={requests.resetsAt} />}
      </MeterRow>
      <MeterRow
        label="Spent today"
        hideLabel
        value={spend.spentMicros + spend.reservedMicros}
        max={spend.capMicros}
        title={money.exact}
        testId="usage-spend"
      >
        {/* Two groups that never break inside: on a narrow screen the line breaks between them. */}
        <span className="usage-part">
          <span className="usage-figure" data-testid="usage-spent">
            {money.spent}
          </span>{" "}
          spent ·
        </span>{" "}
        <span className="usage-part">
          <span className="usage-figure" data-testid="usage-held">
            {money.held}
          </span>{" "}
          held of <span data-testid="usage-cap">{money.cap}</span>
        </span>
      </MeterRow>
    </section>
  );
}
