import { describe, expect, it } from "vitest";
import { escapeHelp, escapeLabelValue, formatExposition, formatValue } from "./prometheus";

describe("formatExposition", () => {
  it("writes HELP, TYPE and samples with escaped label values", () => {
    const text = formatExposition([
      {
        name: "x_total",
        help: "Line one\nback\\slash",
        type: "counter",
        samples: [
          { labels: { model: 'a"b\\c\nd' }, value: 3 },
          { labels: {}, value: 0 },
        ],
      },
    ]);
    expect(text).toBe(
      '# HELP x_total Line one\\nback\\\\slash\n# TYPE x_total counter\nx_total{model="a\\"b\\\\c\\nd"} 3\nx_total 0\n',
    );
  });

  it("writes cumulative histogram buckets ending in +Inf equal to _count", () => {
    const text = formatExposition([
      {
        name: "h",
        help: "h",
        type: "histogram",
        series: [{ labels: { p: "g" }, bounds: [10, 20], counts: [1, 2, 3], sum: 99 }],
      },
    ]);
    expect(text.split("\n")).toEqual([
      "# HELP h h",
      "# TYPE h histogram",
      'h_bucket{p="g",le="10"} 1',
      'h_bucket{p="g",le="20"} 3',
      'h_bucket{p="g",le="+Inf"} 6',
      'h_sum{p="g"} 99',
      'h_count{p="g"} 6',
      "",
    ]);
  });

  it("refuses invalid metric and label names", () => {
    expect(() => formatExposition([{ name: "bad-name", help: "", type: "gauge", samples: [] }])).toThrow();
    expect(() =>
      formatExposition([{ name: "ok", help: "", type: "gauge", samples: [{ labels: { "1x": "v" }, value: 1 }] }]),
    ).toThrow();
    expect(() =>
      formatExposition([{ name: "ok", help: "", type: "gauge", samples: [{ labels: { __name: "v" }, value: 1 }] }]),
    ).toThrow();
  });
});

describe("escaping and values", () => {
  it("escapes exactly backslash, quote and newline in label values; HELP keeps quotes", () => {
    expect(escapeLabelValue('\\"\n\t')).toBe('\\\\\\"\\n\t');
    expect(escapeHelp('say "hi"\n')).toBe('say "hi"\\n');
  });

  it("formats special floats the Prometheus way", () => {
    expect([formatValue(1.5), formatValue(NaN), formatValue(Infinity), formatValue(-Infinity)]).toEqual([
      "1.5",
      "NaN",
      "+Inf",
      "-Inf",
    ]);
  });
});
