// Retry-After (RFC 9110 §10.2.3) is either delay-seconds or an HTTP-date.
// Decision: delay-seconds is 1*DIGIT, so only whole seconds are accepted;
// "1.5" or "-1" are malformed and yield undefined, and the caller falls back
// to jittered backoff, which is always a safe choice.
import { parseHttpDate } from "./http-date";

/**
 * Milliseconds to wait, measured from `now`; 0 for "now" or a date in the past;
 * undefined when the header is absent or malformed.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (value === undefined || value === "") return undefined;
  if (/^\d+$/.test(value)) {
    // Absurdly long digit strings still mean "a long time": clamp, don't reject.
    return Math.min(Number(value) * 1000, Number.MAX_SAFE_INTEGER);
  }
  const at = parseHttpDate(value, now);
  return at === undefined ? undefined : Math.max(0, at - now);
}
