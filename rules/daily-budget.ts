// The daily cost budget: which UTC day a moment belongs to, and the
// reserve-then-settle arithmetic. Before a call we reserve its worst-case cost;
// after it we release the reservation and spend what it really cost. A request
// is admitted only if its reservation fits, so spent + reserved never passes
// the cap while actual costs stay within their reservations.
import { isMicros } from "./money";

export const MS_PER_DAY = 86_400_000;

/**
 * The smallest reservation any request makes: 1 µ$. That is what the cheapest
 * paid call (1 prompt + 1 completion token on openai/gpt-oss-20b = 0.375 µ$)
 * costs after rounding up, and a non-zero floor means a user whose budget is
 * used up is blocked even when the chosen model is priced at $0.
 */
export const MIN_REQUEST_MICROS = 1;

export type BudgetState = { capMicros: number; spentMicros: number; reservedMicros: number };

/** "YYYY-MM-DD" of the UTC day containing `now` (ms since epoch). */
export function utcDayKey(now: number): string {
  assertTime(now);
  return new Date(now).toISOString().slice(0, 10);
}

/** The first millisecond of the next UTC day: when today's spend resets. */
export function nextUtcMidnight(now: number): number {
  assertTime(now);
  return Math.floor(now / MS_PER_DAY) * MS_PER_DAY + MS_PER_DAY;
}

/** Budget still free to reserve; 0 (never negative) once spend overran the cap. */
export function remainingMicros(state: BudgetState): number {
  assertBudget(state);
  return Math.max(0, state.capMicros - state.spentMicros - state.reservedMicros);
}

/** What a request actually reserves: its worst case, but at least MIN_REQUEST_MICROS. */
export function reservationMicros(worstCaseMicros: number): number {
  assertMicros(worstCaseMicros, "worstCaseMicros");
  return Math.max(worstCaseMicros, MIN_REQUEST_MICROS);
}

/** Whether a request with this worst-case cost may start now. */
export function canReserve(state: BudgetState & { requestMicros: number }): boolean {
  return reservationMicros(state.requestMicros) <= remainingMicros(state);
}

/**
 * After a call: give back the whole reservation and spend the real cost. If
 * the real cost overran the reservation (estimates are not guarantees), the
 * overrun is still spent — the money is gone — and reported for monitoring.
 */
export function settleReservation(args: { reservedMicros: number; actualMicros: number }): {
  releaseMicros: number;
  spendMicros: number;
  overrunMicros: number;
} {
  assertMicros(args.reservedMicros, "reservedMicros");
  assertMicros(args.actualMicros, "actualMicros");
  return {
    releaseMicros: args.reservedMicros,
    spendMicros: args.actualMicros,
    overrunMicros: Math.max(0, args.actualMicros - args.reservedMicros),
  };
}

/**
 * True when spend moves from below `fraction` of the cap to at or above it
 * (spend only grows, so at most once a day). The fraction is taken to 0.01 % so the
 * threshold is integer arithmetic (0.07 * 100 is 7.000000000000001 in floats).
 */
export function crossedAlertThreshold(args: {
  before: number;
  after: number;
  capMicros: number;
  fraction?: number;
}): boolean {
  const fraction = args.fraction ?? 0.8;
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`fraction must be in (0, 1], got ${fraction}`);
  assertMicros(args.capMicros, "capMicros");
  assertMicros(args.before, "before");
  assertMicros(args.after, "after");
  const scaledCap = args.capMicros * Math.round(fraction * 10_000);
  if (!Number.isSafeInteger(scaledCap)) throw new RangeError(`capMicros too large: ${args.capMicros}`);
  const threshold = Math.ceil(scaledCap / 10_000);
  return args.capMicros > 0 && args.before < threshold && args.after >= threshold;
}

function assertBudget(state: BudgetState): void {
  assertMicros(state.capMicros, "capMicros");
  assertMicros(state.spentMicros, "spentMicros");
  assertMicros(state.reservedMicros, "reservedMicros");
}

function assertMicros(value: number, name: string): void {
  if (!isMicros(value)) throw new RangeError(`${name} must be integer micro-USD >= 0, got ${value}`);
}

function assertTime(now: number): void {
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite ms timestamp, got ${now}`);
}
