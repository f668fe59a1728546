// Per-provider circuit breaker as a pure state machine over plain data, so
// the caller can keep one document per provider and swap it atomically.
//
//   closed ──(failureThreshold consecutive failures)──▶ open
//   open ──(openDurationMs elapsed; next admit)──▶ half_open, ONE probe admitted
//   half_open ──probe success──▶ closed      half_open ──probe failure──▶ open (fresh openedAt)
//
// Optional fields are omitted rather than set to undefined: Convex documents
// cannot hold undefined.
import type { BreakerConfig } from "./config";

export type BreakerPhase = "closed" | "open" | "half_open";

export interface BreakerState {
  readonly state: BreakerPhase;
  readonly consecutiveFailures: number;
  readonly openedAt?: number;
  readonly probeInFlight: boolean;
  /** When the current probe was admitted; lets a lost probe expire. */
  readonly probeStartedAt?: number;
}

export interface AdmitResult {
  readonly allowed: boolean;
  readonly next: BreakerState;
  readonly isProbe: boolean;
}

export function initialBreaker(): BreakerState {
  return { state: "closed", consecutiveFailures: 0, probeInFlight: false };
}

export function admit(state: BreakerState, now: number, cfg: BreakerConfig): AdmitResult {
  if (state.state === "closed") return { allowed: true, next: state, isProbe: false };
  const probeIsLive =
    state.state === "half_open" &&
    state.probeInFlight &&
    state.probeStartedAt !== undefined &&
    now - state.probeStartedAt < cfg.probeTimeoutMs;
  // A missing openedAt can only come from a hand-edited document: let a probe decide.
  const stillOpen = state.state === "open" && state.openedAt !== undefined && now - state.openedAt < cfg.openDurationMs;
  if (probeIsLive || stillOpen) return { allowed: false, next: state, isProbe: false };
  // Either the open period is over, or the previous probe never reported back
  // (its action crashed); without the timeout the breaker would stay shut forever.
  const next: BreakerState = { ...state, state: "half_open", probeInFlight: true, probeStartedAt: now };
  return { allowed: true, next, isProbe: true };
}

/** Any success is evidence the provider works, including a straggler finishing while open. */
export function recordSuccess(_state: BreakerState): BreakerState {
  return initialBreaker();
}

export interface FailureResult {
  readonly next: BreakerState;
  /** True only on closed → open: the start of an outage, worth ONE alert. */
  readonly opened: boolean;
  /** True on half_open → open: the outage continues (a failed probe); log, don't re-alert. */
  readonly reopened: boolean;
}

export function recordFailure(state: BreakerState, now: number, cfg: BreakerConfig): FailureResult {
  const consecutiveFailures = state.consecutiveFailures + 1;
  const openNow: BreakerState = { state: "open", consecutiveFailures, openedAt: now, probeInFlight: false };
  switch (state.state) {
    case "closed":
      return consecutiveFailures >= cfg.failureThreshold
        ? { next: openNow, opened: true, reopened: false }
        : { next: { ...state, consecutiveFailures }, opened: false, reopened: false };
    case "half_open":
      return { next: openNow, opened: false, reopened: true };
    case "open":
      // A request admitted before the breaker opened failed late: it must not
      // extend the open period, or stragglers could keep a provider shut.
      return { next: { ...state, consecutiveFailures }, opened: false, reopened: false };
  }
}
