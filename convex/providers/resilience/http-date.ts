// Strict HTTP-date parser (RFC 9110 §5.6.7). Date.parse is not used because
// it is lenient in engine-specific ways ("1 2" parses in V8), and a garbage
// Retry-After must come back as "unknown", not as some date in 2001.
// Recipients must accept all three formats; names are matched case-insensitively
// to be liberal in what we accept.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const SHORT_DAY = "(?:mon|tue|wed|thu|fri|sat|sun)";
const LONG_DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const MONTH = "([a-z]{3})";
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";

// Sun, 06 Nov 1994 08:49:37 GMT
const IMF_FIXDATE = new RegExp(`^${SHORT_DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`, "i");
// Sunday, 06-Nov-94 08:49:37 GMT (obsolete)
const RFC850_DATE = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`, "i");
// Sun Nov  6 08:49:37 1994 (obsolete; day is space-padded)
const ASCTIME_DATE = new RegExp(`^${SHORT_DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`, "i");

/** Epoch ms for an HTTP-date, or undefined if `value` is not one. `now` resolves two-digit years. */
export function parseHttpDate(value: string, now: number): number | undefined {
  let m = IMF_FIXDATE.exec(value);
  if (m) return build({ day: m[1], month: m[2], year: m[3], hour: m[4], minute: m[5], second: m[6] });
  m = RFC850_DATE.exec(value);
  if (m) return build({ day: m[1], month: m[2], year: fullYear(m[3], now), hour: m[4], minute: m[5], second: m[6] });
  m = ASCTIME_DATE.exec(value);
  if (m) return build({ month: m[1], day: m[2], hour: m[3], minute: m[4], second: m[5], year: m[6] });
  return undefined;
}

/**
 * RFC 9110: a two-digit year that would be more than 50 years in the future
 * means the most recent past year with the same last two digits.
 */
function fullYear(twoDigits: string | undefined, now: number): string {
  const currentYear = new Date(now).getUTCFullYear();
  let year = currentYear - (currentYear % 100) + Number(twoDigits);
  if (year > currentYear + 50) year -= 100;
  return String(year);
}

type DateParts = Record<"day" | "month" | "year" | "hour" | "minute" | "second", string | undefined>;

function build(parts: DateParts): number | undefined {
  const month = MONTHS.indexOf((parts.month ?? "").toLowerCase());
  const [y, d, h, min, s] = [parts.year, parts.day, parts.hour, parts.minute, parts.second].map((part) =>
    Number((part ?? "").trim()),
  );
  if (month < 0 || y === undefined || d === undefined || h === undefined || min === undefined || s === undefined) {
    return undefined;
  }
  // Second 60 is a legal leap second; Date.UTC rolls it into the next minute.
  if (h > 23 || min > 59 || s > 60) return undefined;
  const midnight = new Date(Date.UTC(y, month, d));
  // Rejects impossible days such as 31 Feb, which Date.UTC would silently roll over.
  if (midnight.getUTCMonth() !== month || midnight.getUTCDate() !== d) return undefined;
  return Date.UTC(y, month, d, h, min, s);
}
