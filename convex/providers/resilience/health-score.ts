// A 0–100 health score per provider for the admin dashboard and for
// ordering failover. Formula:
//
//   errorRate     = errors / max(requests, errors)      (0 with no traffic:
//                   no evidence of trouble; the max() guards counters that
//                   drifted apart)
//   queueFullness = queueLength / maxQueue, clamped to [0, 1]
//                   (maxQueue 0: 1 if anything is queued, else 0)
//   score         = 100 − 60 × errorRate − 20 × queueFullness
//   open breaker  → 0 (we are not sending it traffic at all)
//   half-open     → at most 50 (unproven until the probe succeeds)
//   finally rounded and clamped to [0, 100].
//
// Errors weigh 3× queue pressure: a full queue means slow answers, errors
// mean no answers.
import type { BreakerPhase } from "./breaker";

export interface HealthInput {
  readonly breakerState: BreakerPhase;
  readonly errorsLast5Min: number;
  readonly requestsLast5Min: number;
  readonly queueLength: number;
  readonly maxQueue: number;
}

export const ERROR_RATE_WEIGHT = 60;
export const QUEUE_FULLNESS_WEIGHT = 20;
export const HALF_OPEN_CAP = 50;

export function healthScore(input: HealthInput): number {
  if (input.breakerState === "open") return 0;
  const errors = Math.max(0, input.errorsLast5Min);
  const seen = Math.max(input.requestsLast5Min, errors);
  const errorRate = seen === 0 ? 0 : errors / seen;
  const queued = Math.max(0, input.queueLength);
  const queueFullness = input.maxQueue <= 0 ? (queued > 0 ? 1 : 0) : Math.min(1, queued / input.maxQueue);
  let score = 100 - ERROR_RATE_WEIGHT * errorRate - QUEUE_FULLNESS_WEIGHT * queueFullness;
  if (input.breakerState === "half_open") score = Math.min(score, HALF_OPEN_CAP);
  return Math.min(100, Math.max(0, Math.round(score)));
}
