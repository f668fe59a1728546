import { defineRateLimits } from "convex-helpers/server/rateLimit";
import type { Doc } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import { rateLimitFor, windowResetsAt, RATE_LIMIT_PERIOD_MS } from "../../rules/rate-window";
import { entitlementsFor } from "../../rules/entitlements";
import { appError } from "../lib/errors";

// Fixed one-minute windows per user (convex-helpers keeps the state in the
// `rateLimits` table, so every server instance and every concurrent send
// shares it; Convex's serialisable transactions make check-and-consume atomic).
const { rateLimit, checkRateLimit } = defineRateLimits({
  "chat:free": rateLimitFor("free"),
  "chat:pro": rateLimitFor("pro"),
  "chat:enterprise": rateLimitFor("enterprise"),
});

/** Consumes one request from the user's window, or throws `rate_limited`. */
export async function consumeChatRequest(ctx: MutationCtx, user: Doc<"users">, now = Date.now()) {
  const status = await rateLimit(ctx, { name: `chat:${user.tier}`, key: user._id });
  if (status.ok) return;
  const retryAt = status.retryAt ?? windowResetsAt(now, RATE_LIMIT_PERIOD_MS);
  throw appError("rate_limited", { retryAfterMs: Math.max(0, retryAt - now), resetsAt: retryAt, limit: entitlementsFor(user.tier).requestsPerMinute });
}

/** Requests used in the current window, for the usage meter. */
export async function chatRequestsUsed(ctx: QueryCtx, user: Doc<"users">, now = Date.now()) {
  const limit = entitlementsFor(user.tier).requestsPerMinute;
  const status = await checkRateLimit(ctx, { name: `chat:${user.tier}`, key: user._id, count: 0 });
  // `value` is what is left in the window; without a row the window is untouched.
  const left = status.ok ? Math.floor(status.value) : 0;
  return { used: Math.max(0, limit - left), limit, resetsAt: windowResetsAt(now, RATE_LIMIT_PERIOD_MS) };
}
