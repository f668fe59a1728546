// How the dashboard writes numbers, durations, times and money input. Pure.
import { groupDigits } from "@rules/group-digits";
import { MICROS_PER_USD } from "@rules/money";

/** A rate in [0, 1] as "97.5 %"; "–" when there was nothing to measure (no replies yet). */
export function formatPercent(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return "–";
  const percent = rate * 100;
  // A sliver is not nothing: 0.04 % of a cap used must not read "0 %".
  if (percent > 0 && percent < 0.05) return "< 0.1 %";
  // One decimal only where it says something: 99.5 % and 100 % differ, 40.0 % and 40 % do not.
  return `${Number.isInteger(Math.round(percent * 10) / 10) ? Math.round(percent) : percent.toFixed(1)} %`;
}

/** Milliseconds as "850 ms", "1.3 s" or "45 s"; "–" without data. */
export function formatMs(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return "–";
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1_000;
  return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
}

/** A count as "12,345"; "1.2 M" from a million up (token counts get large). */
export function formatCount(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} M`;
  return groupDigits(Math.round(n));
}

/** "14:05" (or "14:05:09" with seconds) in the viewer's time zone, or the one given (tests). */
export function formatClock(
  at: number,
  { seconds = false, timeZone }: { seconds?: boolean; timeZone?: string } = {},
): string {
  return new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    ...(seconds ? { second: "2-digit" } : {}),
    hourCycle: "h23",
    timeZone,
  }).format(at);
}

/** "22 Nov 14:05:09": a time that may be from another day. */
export function formatDateTime(at: number, timeZone?: string): string {
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone }).format(at);
  return `${day} ${formatClock(at, { seconds: true, timeZone })}`;
}

/** "2026-11-22" (a UTC day key) as "22 Nov", for axis labels. */
export function formatDayKey(day: string): string {
  const at = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(at)
    ? day
    : new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(at);
}

export type ParsedUsd = { ok: true; micros: number } | { ok: false; reason: string };

/**
 * What an admin typed as a daily cap, in dollars ("2.50", "$3", "0"), as
 * integer micro-USD. Strict: no negatives, no exponents, at most six decimals
 * (a micro-dollar), so what is stored is exactly what was typed.
 */
export function parseUsdInput(text: string): ParsedUsd {
  const trimmed = text.trim().replace(/^\$/, "").replace(/,/g, "");
  const match = /^(\d{1,9})(?:\.(\d{0,6}))?$|^\.(\d{1,6})$/.exec(trimmed);
  if (!match) {
    return {
      ok: false,
      reason:
        trimmed === ""
          ? "Enter a daily cap in US dollars, e.g. 2.50."
          : "A daily cap is an amount in US dollars with at most 6 decimals, e.g. 2.50.",
    };
  }
  const whole = Number(match[1] ?? "0");
  const fraction = (match[2] ?? match[3] ?? "").padEnd(6, "0");
  return { ok: true, micros: whole * MICROS_PER_USD + Number(fraction) };
}
