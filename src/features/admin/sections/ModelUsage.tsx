import { formatUsd } from "@rules/money";
import type { ModelDayRow } from "../admin-types";
import { perDaySummary } from "../charts/chart-summaries";
import { StackedBarChart } from "../charts/StackedBarChart";
import { formatCount, formatDayKey } from "../format";
import { pivotByDay, type DayByModel } from "../overview-derive";
import { Section } from "../Section";

const usd = (micros: number) => formatUsd(Math.round(micros));

/** Tokens and cost per model for the last seven UTC days: one bar per day, one colour per model. */
export function ModelUsage({ rows, now }: { rows: readonly ModelDayRow[]; now: number }) {
  const cost = pivotByDay(rows, now, (r) => r.costMicros);
  const tokens = pivotByDay(rows, now, (r) => r.promptTokens + r.completionTokens);
  return (
    <Section title="Tokens and cost per model, per day (UTC)" testId="admin-model-usage" wide>
      <div className="chart-grid">
        <DayChart title="Cost per model per day" what="cost" data={cost} format={usd} testId="chart-cost" />
        <DayChart
          title="Tokens per model per day (prompt + completion)"
          what="tokens"
          data={tokens}
          format={formatCount}
          testId="chart-tokens"
        />
      </div>
    </Section>
  );
}

function DayChart({
  title,
  what,
  data,
  format,
  testId,
}: {
  title: string;
  what: string;
  data: DayByModel;
  format: (n: number) => string;
  testId: string;
}) {
  const labels = data.days.map(formatDayKey);
  const totals = data.values.map((v, i) => ({
    label: labels[i] ?? "",
    total: Object.values(v).reduce((a, b) => a + b, 0),
  }));
  return (
    <StackedBarChart
      title={title}
      summary={perDaySummary(what, totals, format, data.models[0])}
      xLabels={labels}
      xName="Day"
      keys={data.models.map((model) => ({ key: model, label: model }))}
      bars={data.values}
      format={format}
      integer
      testId={testId}
    />
  );
}
