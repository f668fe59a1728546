// The one sentence each chart's picture is named by (its text alternative,
// with the data table behind "Show the data"). Pure.
import { formatMs } from "../format";

type Point = {
  replies: number;
  done: number;
  cached: number;
  failed: number;
  stopped: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null };
};

export function outcomeSummary(points: readonly Point[], windowText: string, bucketText: string): string {
  const sum = (pick: (p: Point) => number) => points.reduce((total, p) => total + pick(p), 0);
  const total = sum((p) => p.replies);
  if (total === 0) return `No replies ${windowText}.`;
  const busiest = Math.max(...points.map((p) => p.replies));
  return `${total} ${plural(total, "reply", "replies")} ${windowText}: ${sum((p) => p.done)} done, ${sum((p) => p.cached)} cached, ${sum((p) => p.failed)} failed, ${sum((p) => p.stopped)} stopped; busiest ${bucketText} ${busiest}.`;
}

export function latencySummary(points: readonly Point[], windowText: string): string {
  const latest = [...points].reverse().find((p) => p.latencyMs.p50 !== null);
  if (!latest) return `No answered replies ${windowText}, so no latency to show.`;
  const worst = Math.max(...points.map((p) => p.latencyMs.p99 ?? 0));
  const { p50, p95, p99 } = latest.latencyMs;
  return `Latency ${windowText}. Latest: p50 ${formatMs(p50)}, p95 ${formatMs(p95)}, p99 ${formatMs(p99)}; highest p99 ${formatMs(worst)}.`;
}

export function perDaySummary(
  what: string,
  days: readonly { label: string; total: number }[],
  format: (n: number) => string,
  topModel?: string,
): string {
  if (days.every((d) => d.total === 0)) return `No ${what} in the last ${days.length} days.`;
  const list = days.map((d) => `${d.label} ${format(d.total)}`).join(", ");
  return `${what[0]?.toUpperCase() ?? ""}${what.slice(1)} per day, oldest first: ${list}${topModel ? `; most from ${topModel}` : ""}.`;
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
