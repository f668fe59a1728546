// The arithmetic behind the dashboard's hand-written SVG charts. Pure, so
// scaling, ticks and gaps are unit-tested without a browser.

/** The smallest "nice" axis maximum (1, 2, 2.5 or 5 × 10ⁿ) at or above `value`; 1 when there is nothing to show. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= value * (1 - 1e-12)) ?? 10;
  return step * magnitude;
}

/** `count` equal steps from 0 to `max`, both ends included. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

/**
 * How many steps to split 0..max into: the first of 4, 5, 2 whose step is
 * itself a nice number (so an axis reads 0, 1 s, 2 s… rather than 1.3 s,
 * 2.5 s…) and, for whole-number data such as request counts, a whole one
 * (no "0.25 requests"). 1 step when none fits.
 */
export function tickCount(max: number, integer: boolean): number {
  return [4, 5, 2].find((count) => isNice(max / count) && (!integer || Number.isInteger(max / count))) ?? 1;
}

function isNice(step: number): boolean {
  if (!(step > 0)) return false;
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5, 10].some((nice) => Math.abs(mantissa - nice) < 1e-9);
}

/** Maps [0, domainMax] onto [0, size], clamping outside values so a bar never leaves the plot. */
export function scaleLinear(domainMax: number, size: number): (value: number) => number {
  return (value) => (domainMax > 0 ? (Math.min(Math.max(value, 0), domainMax) / domainMax) * size : 0);
}

/** One bar's segments, stacked in `keys` order from 0 (zero-height segments are kept: their order is the legend's). */
export function stackSegments<K extends string>(
  values: Readonly<Record<K, number>>,
  keys: readonly K[],
): { key: K; from: number; to: number }[] {
  let total = 0;
  return keys.map((key) => {
    const from = total;
    total += values[key];
    return { key, from, to: total };
  });
}

/**
 * An SVG path through the points; a null (no data in that bucket) lifts the
 * pen, so a gap shows as a gap rather than a line drawn to zero.
 */
export function linePath(
  values: readonly (number | null)[],
  x: (index: number) => number,
  y: (value: number) => number,
): string {
  const parts: string[] = [];
  let penDown = false;
  values.forEach((value, index) => {
    if (value === null) {
      penDown = false;
      return;
    }
    parts.push(`${penDown ? "L" : "M"}${round(x(index))} ${round(y(value))}`);
    penDown = true;
  });
  return parts.join(" ");
}

/** Indexes of the x-axis labels to draw: about `wanted` of them, evenly spaced, always ending on the last. */
export function labelIndexes(length: number, wanted: number): number[] {
  if (length <= 0) return [];
  const step = Math.max(1, Math.ceil(length / Math.max(1, wanted)));
  const indexes: number[] = [];
  for (let i = (length - 1) % step; i < length; i += step) indexes.push(i);
  return indexes;
}

/** The largest value in the series, ignoring gaps; 0 when empty. */
export function maxOf(values: readonly (number | null)[]): number {
  return values.reduce<number>((max, v) => (v !== null && v > max ? v : max), 0);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
