// When the pool and a relaxed match may answer instead of a provider. Pure.

/** A provider refusing the request itself is not an outage: another answer would hide a real problem. */
const REQUEST_FAULTS = new Set(["bad_request", "aborted"]);

/**
 * Every provider of the chain was unavailable (breaker open, budget full,
 * keys exhausted, 5xx, timeouts, network…), so no fresh answer can be had.
 * Not when none is configured at all: that is the operator's to fix, and
 * the reply says so.
 */
export function providersUnavailable(attempts: ReadonlyArray<{ errorClass?: string }>): boolean {
  if (attempts.length === 0 || attempts.every((a) => a.errorClass === "not_configured")) return false;
  return attempts.every((a) => a.errorClass !== undefined && !REQUEST_FAULTS.has(a.errorClass));
}
