import { ChartFrame, type DataTable } from "./ChartFrame";
import { HEIGHT, MARGIN, PLOT_HEIGHT, PLOT_WIDTH, seriesClass, WIDTH } from "./chart-geometry";
import { labelIndexes, niceCeiling, scaleLinear, stackSegments } from "./chart-scale";
import { XLabels, YAxis } from "./YAxis";

export type StackKey = { key: string; label: string; swatch?: string };

type StackedBarChartProps = {
  title: string;
  /** One sentence: what the picture shows (its accessible name). */
  summary: string;
  xLabels: readonly string[];
  keys: readonly StackKey[];
  /** One record per bar, a value per key. */
  bars: readonly Readonly<Record<string, number>>[];
  format: (value: number) => string;
  /** The first column's heading in the data table. */
  xName?: string;
  /** Whole-number data (counts): whole-number axis steps. */
  integer?: boolean;
  testId?: string;
};

/** Bars over time, each split into stacked parts (outcomes, models). */
export function StackedBarChart({
  title,
  summary,
  xLabels,
  keys,
  bars,
  format,
  xName = "Time",
  integer = false,
  testId,
}: StackedBarChartProps) {
  const order = keys.map((k) => k.key);
  const totals = bars.map((bar) => order.reduce((sum, key) => sum + (bar[key] ?? 0), 0));
  const max = niceCeiling(Math.max(0, ...totals));
  const y = scaleLinear(max, PLOT_HEIGHT);
  const slot = PLOT_WIDTH / Math.max(1, bars.length);
  const barWidth = Math.max(1, slot * 0.7);
  const x = (index: number) => MARGIN.left + slot * index + slot / 2;
  const swatchOf = (key: StackKey, index: number) => key.swatch ?? seriesClass(index);
  const table: DataTable = {
    columns: [xName, ...keys.map((k) => k.label), "Total"],
    rows: bars.map((bar, i) => [
      xLabels[i] ?? "",
      ...order.map((key) => format(bar[key] ?? 0)),
      format(totals[i] ?? 0),
    ]),
  };
  return (
    <ChartFrame
      title={title}
      legend={keys.map((k, i) => ({ label: k.label, swatch: swatchOf(k, i) }))}
      table={table}
      testId={testId}
    >
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <YAxis max={max} format={format} integer={integer} />
        <XLabels labels={xLabels} x={x} indexes={labelIndexes(xLabels.length, 7)} />
        {bars.map((bar, index) =>
          stackSegments(Object.fromEntries(order.map((key) => [key, bar[key] ?? 0])), order).map(
            ({ key, from, to }, k) =>
              to > from ? (
                <rect
                  key={`${index}-${key}`}
                  className={`chart__bar ${swatchOf(keys[k]!, k)}`}
                  x={x(index) - barWidth / 2}
                  y={MARGIN.top + PLOT_HEIGHT - y(to)}
                  width={barWidth}
                  height={Math.max(0.5, y(to) - y(from))}
                />
              ) : null,
          ),
        )}
      </svg>
    </ChartFrame>
  );
}
