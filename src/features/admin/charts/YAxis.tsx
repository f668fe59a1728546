import { tickCount, ticks } from "./chart-scale";
import { HEIGHT, MARGIN, PLOT_HEIGHT, WIDTH } from "./chart-geometry";

/** Horizontal grid lines with their values on the left; y grows downwards in SVG, so values are flipped. */
export function YAxis({
  max,
  format,
  integer = false,
}: {
  max: number;
  format: (value: number) => string;
  integer?: boolean;
}) {
  return (
    <g className="chart__axis" aria-hidden="true">
      {ticks(max, tickCount(max, integer)).map((value) => {
        const y = MARGIN.top + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT;
        return (
          <g key={value}>
            <line className="chart__grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y} y2={y} />
            <text x={MARGIN.left - 6} y={y} dy="0.32em" textAnchor="end">
              {format(value)}
            </text>
          </g>
        );
      })}
      <line
        className="chart__baseline"
        x1={MARGIN.left}
        x2={WIDTH - MARGIN.right}
        y1={HEIGHT - MARGIN.bottom}
        y2={HEIGHT - MARGIN.bottom}
      />
    </g>
  );
}

/** Some x labels (about `wanted`), under the points they name. */
export function XLabels({
  labels,
  x,
  indexes,
}: {
  labels: readonly string[];
  x: (index: number) => number;
  indexes: readonly number[];
}) {
  return (
    <g className="chart__axis" aria-hidden="true">
      {indexes.map((index) => (
        <text key={index} x={x(index)} y={HEIGHT - MARGIN.bottom + 24} textAnchor="middle">
          {labels[index]}
        </text>
      ))}
    </g>
  );
}
