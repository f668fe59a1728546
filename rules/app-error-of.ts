// Turns anything caught around a Convex call into AppErrorData, so the SPA has
// one code path for errors. Reads only plain properties: no Convex import, so
// it works on ConvexError instances and on their serialised form alike.
import { type AppErrorData, isAppErrorData } from "./errors";

/**
 * The AppErrorData carried by `error` (itself, or its ConvexError-style `data`).
 * convex-helpers' own `{ kind: "RateLimited", retryAt }` payload maps to
 * rate_limited. Anything else is "internal": its text may hold server details
 * that must not reach the user.
 */
export function appErrorOf(error: unknown): AppErrorData {
  if (isAppErrorData(error)) return error;
  const data = typeof error === "object" && error !== null ? (error as { data?: unknown }).data : undefined;
  if (isAppErrorData(data)) return data;
  if (isConvexHelpersRateLimit(data)) return { code: "rate_limited", resetsAt: data.retryAt };
  return { code: "internal" };
}

function isConvexHelpersRateLimit(value: unknown): value is { kind: "RateLimited"; retryAt: number } {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.kind === "RateLimited" && typeof v.retryAt === "number" && Number.isFinite(v.retryAt);
}
