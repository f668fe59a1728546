import { formatUsd } from "@rules/money";
import type { WindowSummary } from "../admin-types";
import { formatCount, formatMs, formatPercent } from "../format";

type Tile = { label: string; value: string; detail: string; testId: string };

/** The headline numbers: last hour large, last 24 hours beside it for comparison. */
export function KpiTiles({
  lastHour,
  lastDay,
  spendTodayMicros,
}: {
  lastHour: WindowSummary;
  lastDay: WindowSummary;
  spendTodayMicros: number;
}) {
  const day = (text: string) => `24 h: ${text}`;
  const tiles: Tile[] = [
    {
      label: "Requests, last hour",
      value: formatCount(lastHour.replies),
      detail: day(formatCount(lastDay.replies)),
      testId: "kpi-requests",
    },
    {
      label: "Success",
      value: formatPercent(lastHour.successRate),
      detail: day(formatPercent(lastDay.successRate)),
      testId: "kpi-success",
    },
    {
      label: "Failure",
      value: formatPercent(lastHour.failureRate),
      detail: day(formatPercent(lastDay.failureRate)),
      testId: "kpi-failure",
    },
    {
      label: "Cache hits",
      value: formatPercent(lastHour.cacheHitRate),
      detail: day(formatPercent(lastDay.cacheHitRate)),
      testId: "kpi-cache",
    },
    {
      label: "Latency p50",
      value: formatMs(lastHour.latencyMs.p50),
      detail: day(formatMs(lastDay.latencyMs.p50)),
      testId: "kpi-p50",
    },
    {
      label: "Latency p95",
      value: formatMs(lastHour.latencyMs.p95),
      detail: day(formatMs(lastDay.latencyMs.p95)),
      testId: "kpi-p95",
    },
    {
      label: "Latency p99",
      value: formatMs(lastHour.latencyMs.p99),
      detail: day(formatMs(lastDay.latencyMs.p99)),
      testId: "kpi-p99",
    },
    {
      label: "Failovers, last hour",
      value: formatCount(lastHour.failovers),
      detail: day(formatCount(lastDay.failovers)),
      testId: "kpi-failovers",
    },
    {
      label: "Spend today (UTC)",
      value: formatUsd(spendTodayMicros),
      detail: day(formatUsd(lastDay.costMicros)),
      testId: "kpi-spend",
    },
  ];
  return (
    <dl className="kpi-grid" data-testid="kpi-tiles">
      {tiles.map((tile) => (
        <div key={tile.testId} className="kpi" data-testid={tile.testId}>
          <dt className="kpi__label">{tile.label}</dt>
          <dd className="kpi__value" data-testid={`${tile.testId}-value`}>
            {tile.value}
          </dd>
          <dd className="kpi__detail">{tile.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
