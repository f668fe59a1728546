// The only PostHog events we send, and the only properties each may carry.
// Call sanitizeEventProperties before posthog.capture: an event not listed
// here returns null (don't send it), and any property not listed, or not of
// the expected shape, is dropped. String values must be identifier-like
// (no spaces), so free text such as chat content cannot slip through.

import { containsSecret } from "./scrub.ts";

// Coarse buckets: enough to see trends without sending exact per-request
// figures that, combined, could fingerprint a conversation. Buckets are
// half-open: a value on a boundary belongs to the bucket above.

const LATENCY_BUCKETS = ["<1s", "1-3s", "3-10s", "10-30s", "30s+", "unknown"] as const;
export type LatencyBucket = (typeof LATENCY_BUCKETS)[number];

const COST_BUCKETS = ["$0", "<$0.001", "$0.001-$0.01", "$0.01-$0.10", "$0.10+", "unknown"] as const;
export type CostBucket = (typeof COST_BUCKETS)[number];

// Analytics must never throw, so bad input buckets as "unknown".
export function latencyBucket(ms: number): LatencyBucket {
  if (!Number.isFinite(ms) || ms < 0) return "unknown";
  if (ms < 1_000) return "<1s";
  if (ms < 3_000) return "1-3s";
  if (ms < 10_000) return "3-10s";
  if (ms < 30_000) return "10-30s";
  return "30s+";
}

/** `micros` is integer micro-USD, as everywhere else in the app. */
export function costBucket(micros: number): CostBucket {
  if (!Number.isFinite(micros) || micros < 0) return "unknown";
  if (micros === 0) return "$0";
  if (micros < 1_000) return "<$0.001";
  if (micros < 10_000) return "$0.001-$0.01";
  if (micros < 100_000) return "$0.01-$0.10";
  return "$0.10+";
}

type AnalyticsEvent = keyof typeof EVENT_PROPERTIES;
export type SafeProperties = Record<string, string | boolean>;

type Validator = (value: unknown) => value is string | boolean;

// Provider slugs and model ids: "groq", "meta-llama/llama-3.3-70b-instruct:free".
// An API key is identifier-shaped too, hence the secret check.
const identifier: Validator = (value): value is string =>
  typeof value === "string" && /^[A-Za-z0-9._:/-]{1,64}$/.test(value) && !containsSecret(value);
const boolean: Validator = (value): value is boolean => typeof value === "boolean";
const oneOf =
  (allowed: readonly string[]): Validator =>
  (value): value is string =>
    typeof value === "string" && allowed.includes(value);

const EVENT_PROPERTIES = {
  signed_in: {},
  message_sent: {},
  reply_completed: {
    provider: identifier,
    cached: boolean,
    latency_bucket: oneOf(LATENCY_BUCKETS),
    cost_bucket: oneOf(COST_BUCKETS),
  },
  limit_hit: { kind: identifier },
  failover: { from: identifier, to: identifier },
  key_saved: { provider: identifier },
  // Thumbs on a reply: never its text, nor the reason the user typed.
  reply_feedback: { rating: oneOf(["up", "down"]), has_reason: boolean, provider: identifier },
} satisfies Record<string, Record<string, Validator>>;

function isAnalyticsEvent(event: string): event is AnalyticsEvent {
  return Object.hasOwn(EVENT_PROPERTIES, event);
}

export function sanitizeEventProperties(event: string, props: Record<string, unknown> = {}): SafeProperties | null {
  if (!isAnalyticsEvent(event)) return null;
  const allowed: Record<string, Validator> = EVENT_PROPERTIES[event];
  const safe: SafeProperties = {};
  for (const [name, isValid] of Object.entries(allowed)) {
    const value = props[name];
    if (isValid(value)) safe[name] = value;
  }
  return safe;
}
