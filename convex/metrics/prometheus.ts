// Prometheus text exposition format 0.0.4, written by hand (no client
// library in a Convex function). Pure; label values are escaped here so no
// model or provider name can break a line.

export type Labels = Readonly<Record<string, string>>;
export type Sample = { labels: Labels; value: number };
/** Per-bucket (not cumulative) counts; counts.length === bounds.length + 1, the last one above the top bound. */
export type HistogramSeries = { labels: Labels; bounds: readonly number[]; counts: readonly number[]; sum: number };
export type Family =
  | { name: string; help: string; type: "counter" | "gauge"; samples: readonly Sample[] }
  | { name: string; help: string; type: "histogram"; series: readonly HistogramSeries[] };

export const CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export function formatExposition(families: readonly Family[]): string {
  return families.map(formatFamily).join("");
}

function formatFamily(family: Family): string {
  if (!METRIC_NAME.test(family.name)) throw new Error(`invalid metric name ${JSON.stringify(family.name)}`);
  const head = `# HELP ${family.name} ${escapeHelp(family.help)}\n# TYPE ${family.name} ${family.type}\n`;
  if (family.type !== "histogram")
    return head + family.samples.map((s) => line(family.name, s.labels, s.value)).join("");
  return head + family.series.map((s) => histogramLines(family.name, s)).join("");
}

function histogramLines(name: string, series: HistogramSeries): string {
  if (series.counts.length !== series.bounds.length + 1)
    throw new Error(`${name}: expected ${series.bounds.length + 1} bucket counts`);
  let cumulative = 0;
  const buckets = series.counts.map((count, i) => {
    cumulative += count;
    const le = i < series.bounds.length ? formatValue(series.bounds[i]!) : "+Inf";
    return line(`${name}_bucket`, { ...series.labels, le }, cumulative);
  });
  return (
    buckets.join("") + line(`${name}_sum`, series.labels, series.sum) + line(`${name}_count`, series.labels, cumulative)
  );
}

function line(name: string, labels: Labels, value: number): string {
  const pairs = Object.entries(labels).map(([key, val]) => {
    if (!LABEL_NAME.test(key) || key.startsWith("__")) throw new Error(`invalid label name ${JSON.stringify(key)}`);
    return `${key}="${escapeLabelValue(val)}"`;
  });
  return `${name}${pairs.length ? `{${pairs.join(",")}}` : ""} ${formatValue(value)}\n`;
}

/** Backslash, double quote and line feed are the three characters a label value must escape. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

/** HELP text escapes backslash and line feed only. */
export function escapeHelp(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "+Inf";
  if (value === -Infinity) return "-Inf";
  return String(value);
}
