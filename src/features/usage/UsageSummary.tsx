import { formatUsdRounded } from "@rules/money-for-people";
import { useUsage } from "./UsageMeter";

/** The usage digest on the phone header's toggle: "3/5 · $0.31". */
export function UsageSummary() {
  const usage = useUsage();
  if (!usage) return <span className="usage-summary" aria-hidden="true" />;
  const { requests, spend, used } = usage;
  return (
    <span className="usage-summary" data-testid="usage-summary" data-full={used >= requests.limit}>
      {used}/{requests.limit} · {formatUsdRounded(spend.spentMicros + spend.reservedMicros)}
    </span>
  );
}
