import type { ErrorCode } from "@rules/errors";

// Refusals the app explains on screen (limits, input rules, one reply at a
// time): expected outcomes, not faults, so they do not belong in
// console.error, where they read as bugs and drown real ones.
const EXPECTED: ReadonlySet<ErrorCode> = new Set([
  "rate_limited",
  "daily_cost_cap",
  "busy",
  "invalid_input",
  "not_found",
]);

/**
 * The error code in a Convex client log line about a failed function:
 * "[CONVEX M(chat/send:send)] …ConvexError {"code":"rate_limited",…}", or
 * with the error data alone after the prefix (as the offline backend sends it).
 */
export function refusalCodeInLog(args: readonly unknown[]): string | null {
  const text = args.filter((arg) => typeof arg === "string").join(" ");
  if (!text.includes("ConvexError") && !/^\[CONVEX [QMA?]\(/.test(text)) return null;
  return /"code"\s*:\s*"([a-z_]+)"/.exec(text)?.[1] ?? null;
}

export function isExpectedRefusalLog(args: readonly unknown[]): boolean {
  const code = refusalCodeInLog(args);
  return code !== null && EXPECTED.has(code as ErrorCode);
}
