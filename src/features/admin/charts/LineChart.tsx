import { ChartFrame, type DataTable } from "./ChartFrame";
import { HEIGHT, MARGIN, PLOT_HEIGHT, PLOT_WIDTH, seriesClass, WIDTH } from "./chart-geometry";
import { labelIndexes, linePath, maxOf, niceCeiling, scaleLinear } from "./chart-scale";
import { XLabels, YAxis } from "./YAxis";

/** `swatch` picks the colour class (default: by position); `dash` tells lines apart without colour. */
type LineSeries = {
  label: string;
  values: readonly (number | null)[];
  swatch?: string;
  dash?: "solid" | "dashed" | "dotted";
};

type LineChartProps = {
  title: string;
  note?: string;
  /** One sentence: what the picture shows (its accessible name). */
  summary: string;
  xLabels: readonly string[];
  series: readonly LineSeries[];
  format: (value: number) => string;
  /** Whole-number data (counts): whole-number axis steps. */
  integer?: boolean;
  testId?: string;
};

/** Lines over time; buckets without data are gaps, not zeros. */
export function LineChart({ title, note, summary, xLabels, series, format, integer = false, testId }: LineChartProps) {
  const max = niceCeiling(Math.max(...series.map((s) => maxOf(s.values))));
  const y = scaleLinear(max, PLOT_HEIGHT);
  const toY = (value: number) => MARGIN.top + PLOT_HEIGHT - y(value);
  const step = xLabels.length > 1 ? PLOT_WIDTH / (xLabels.length - 1) : 0;
  const x = (index: number) => MARGIN.left + (xLabels.length > 1 ? index * step : PLOT_WIDTH / 2);
  const table: DataTable = {
    columns: ["Time", ...series.map((s) => s.label)],
    rows: xLabels.map((label, i) => [label, ...series.map((s) => (s.values[i] == null ? "–" : format(s.values[i]!)))]),
  };
  return (
    <ChartFrame
      title={title}
      note={note}
      legend={series.map((s, i) => ({ label: s.label, swatch: s.swatch ?? seriesClass(i), dash: s.dash }))}
      table={table}
      testId={testId}
    >
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <YAxis max={max} format={format} integer={integer} />
        <XLabels labels={xLabels} x={x} indexes={labelIndexes(xLabels.length, 6)} />
        {series.map((s, i) => (
          <g
            key={s.label}
            className={`chart__line ${s.swatch ?? seriesClass(i)}`}
            data-dash={s.dash ?? "solid"}
            data-testid="chart-line"
            data-series={s.label}
          >
            <path d={linePath(s.values, x, toY)} />
            {s.values.map((value, index) =>
              value === null ? null : <circle key={index} cx={x(index)} cy={toY(value)} r={2.5} />,
            )}
          </g>
        ))}
      </svg>
    </ChartFrame>
  );
}
