// When a message was written, for the time shown on hover: today's messages
// by the clock ("14:05"), older ones with their date ("3 Nov 2026, 14:05");
// the tooltip always gives the full date. The reader's locale and time zone
// unless given (tests fix both).

export type TimeFormatOptions = { locale?: string; timeZone?: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "time" | "dated" | "full", { locale, timeZone }: TimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind}|${locale ?? ""}|${timeZone ?? ""}`;
  let format = formatters.get(key);
  if (!format) {
    const style: Intl.DateTimeFormatOptions =
      kind === "time"
        ? { timeStyle: "short" }
        : kind === "dated"
          ? { dateStyle: "medium", timeStyle: "short" }
          : { dateStyle: "full", timeStyle: "short" };
    format = new Intl.DateTimeFormat(locale, { ...style, timeZone });
    formatters.set(key, format); // building one costs far more than using it: one per kind for the page
  }
  return format;
}

const dayOf = (ms: number, options: TimeFormatOptions) =>
  formatter("dated", options)
    .formatToParts(ms)
    .filter((part) => ["year", "month", "day"].includes(part.type))
    .map((part) => part.value)
    .join("-");

export function messageTime(
  ms: number,
  now: number,
  options: TimeFormatOptions = {},
): { short: string; full: string; iso: string } {
  const today = dayOf(ms, options) === dayOf(now, options);
  return {
    short: formatter(today ? "time" : "dated", options).format(ms),
    full: formatter("full", options).format(ms),
    iso: new Date(ms).toISOString(),
  };
}
