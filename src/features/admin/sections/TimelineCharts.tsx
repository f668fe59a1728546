import { useQuery } from "convex/react";
import { useState } from "react";
import { api } from "../../../../convex/_generated/api";
import { LoadingPanel } from "@/components/LoadingPanel";
import { latencySummary, outcomeSummary } from "../charts/chart-summaries";
import { LineChart } from "../charts/LineChart";
import { StackedBarChart } from "../charts/StackedBarChart";
import { formatClock, formatCount, formatMs } from "../format";
import { Section } from "../Section";
import { WindowSwitch, type TimelineWindow } from "./WindowSwitch";

// Colours carry meaning here: failures in the danger colour, whatever their order.
const OUTCOMES = [
  { key: "done", label: "Done", swatch: "series-1" },
  { key: "cached", label: "Cached", swatch: "series-4" },
  { key: "failed", label: "Failed", swatch: "series-2" },
  { key: "stopped", label: "Stopped", swatch: "series-3" },
] as const;

const LATENCY_MEANS =
  "Latency: from the server accepting a message to its reply finishing (queue wait, retries and failover included), not the time to the first word.";

const WORDS = {
  hour: { window: "in the last hour", bucket: "minute" },
  day: { window: "in the last 24 hours", bucket: "hour" },
} as const;

/** Requests by outcome and latency percentiles over time, from per-minute or per-hour roll-ups. */
export function TimelineCharts() {
  const [range, setRange] = useState<TimelineWindow>("hour");
  const timeline = useQuery(api.admin.timeline.get, { window: range });
  const words = WORDS[range];
  return (
    <Section
      title="Traffic and latency"
      testId="admin-timeline"
      wide
      actions={<WindowSwitch value={range} onChange={setRange} />}
    >
      {timeline === undefined ? (
        <LoadingPanel label="Loading charts…" />
      ) : (
        <div className="chart-grid">
          <StackedBarChart
            title={`Requests by outcome, per ${words.bucket}`}
            summary={outcomeSummary(timeline.points, words.window, words.bucket)}
            xLabels={timeline.points.map((p) => formatClock(p.start))}
            keys={OUTCOMES}
            bars={timeline.points.map(({ done, cached, failed, stopped }) => ({ done, cached, failed, stopped }))}
            format={formatCount}
            integer
            testId="chart-outcomes"
          />
          <LineChart
            title={`Latency percentiles, per ${words.bucket}`}
            summary={latencySummary(timeline.points, words.window)}
            xLabels={timeline.points.map((p) => formatClock(p.start))}
            note={LATENCY_MEANS}
            // Colours apart in hue and lightness, and dash patterns, so the lines differ without colour too.
            series={[
              { label: "p50", values: timeline.points.map((p) => p.latencyMs.p50), swatch: "series-1", dash: "solid" },
              { label: "p95", values: timeline.points.map((p) => p.latencyMs.p95), swatch: "series-5", dash: "dashed" },
              { label: "p99", values: timeline.points.map((p) => p.latencyMs.p99), swatch: "series-3", dash: "dotted" },
            ]}
            format={formatMs}
            testId="chart-latency"
          />
        </div>
      )}
    </Section>
  );
}
