// Failure policy: what a failed provider call means for the next step.
//   retryable      → try the SAME provider again after a backoff delay.
//   failover       → once retries (or keys) are exhausted, move on to the next
//                    provider in the chain instead of failing the generation.
//   markKeyBad     → this API key is unusable; rotate keys before failing over.
//   breakerFailure → counts towards opening this provider's circuit breaker.
// Only failures that say something about the PROVIDER's health count for the
// breaker; a bad request, a revoked key or a user's Stop button do not.

export type FailureKind =
  "network" | "timeout" | "first_token_timeout" | "stream_dropped" | "malformed_chunk" | "aborted";

export type ErrorClass =
  FailureKind | "rate_limited" | "server" | "auth" | "bad_request" | "not_found" | "client" | "unknown";

export interface FailureInput {
  readonly status?: number | undefined;
  readonly kind?: FailureKind | undefined;
}

export interface FailureClassification {
  readonly errorClass: ErrorClass;
  readonly retryable: boolean;
  readonly failover: boolean;
  readonly markKeyBad: boolean;
  readonly breakerFailure: boolean;
  readonly status?: number;
  readonly retryAfterHeader?: string;
}

type Policy = Omit<FailureClassification, "errorClass" | "status" | "retryAfterHeader">;

const TRANSIENT: Policy = { retryable: true, failover: true, markKeyBad: false, breakerFailure: true };
// The provider is at fault but retrying it is a poor bet: a broken stream has
// already cost the user a wait (or shown them tokens), and a 501/505 will not
// change. Restart on the next provider instead.
const PROVIDER_FAULT: Policy = { retryable: false, failover: true, markKeyBad: false, breakerFailure: true };
const STOP: Policy = { retryable: false, failover: false, markKeyBad: false, breakerFailure: false };
// Not worth retrying here, but specific to this provider (its key, credits,
// model id or size limits), so the next provider may well succeed.
const PROVIDER_SPECIFIC: Policy = { retryable: false, failover: true, markKeyBad: false, breakerFailure: false };

const KIND_POLICY: Record<FailureKind, Policy> = {
  network: TRANSIENT,
  timeout: TRANSIENT,
  first_token_timeout: PROVIDER_FAULT,
  stream_dropped: PROVIDER_FAULT,
  malformed_chunk: PROVIDER_FAULT,
  aborted: STOP, // the user pressed Stop: nothing to recover
};

/** Statuses that are usually gone a moment later (RFC 9110 semantics plus common proxy errors). */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** A `kind` observed by us is more specific than the HTTP status, so it wins. */
export function classify(input: FailureInput): FailureClassification {
  const { status, kind } = input;
  const withStatus = status === undefined ? {} : { status };
  if (kind !== undefined) return { errorClass: kind, ...KIND_POLICY[kind], ...withStatus };
  if (status === undefined || !Number.isInteger(status)) return { errorClass: "unknown", ...PROVIDER_SPECIFIC };
  return { ...classifyStatus(status), status };
}

function classifyStatus(status: number): Pick<FailureClassification, "errorClass"> & Policy {
  if (TRANSIENT_STATUSES.has(status)) {
    const errorClass = status === 408 ? "timeout" : status === 429 ? "rate_limited" : "server";
    return { errorClass, ...TRANSIENT };
  }
  if (status >= 500) return { errorClass: "server", ...PROVIDER_FAULT };
  if (status === 401 || status === 403) return { errorClass: "auth", ...PROVIDER_SPECIFIC, markKeyBad: true };
  // The request itself is wrong: every provider would reject it the same way.
  if (status === 400 || status === 422) return { errorClass: "bad_request", ...STOP };
  // Usually a model id this provider no longer serves.
  if (status === 404) return { errorClass: "not_found", ...PROVIDER_SPECIFIC };
  // 402 (OpenRouter out of credits), 413 (provider size limit), 409, ...
  if (status >= 400) return { errorClass: "client", ...PROVIDER_SPECIFIC };
  return { errorClass: "unknown", ...PROVIDER_SPECIFIC };
}
