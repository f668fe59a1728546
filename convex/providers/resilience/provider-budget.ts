// Our own requests-per-minute budget per provider, kept at or below the
// provider's limit so we queue politely instead of collecting 429s.
// Fixed windows aligned to wall-clock minutes: one small document per
// provider, and every server agrees on the window without coordination.
// Trade-off accepted: up to 2×rpm can pass across a minute boundary.

export const BUDGET_WINDOW_MS = 60_000;

export interface BudgetWindow {
  /** Start of the current window, a multiple of BUDGET_WINDOW_MS. */
  readonly windowStart: number;
  /** Requests admitted in this window. */
  readonly count: number;
}

export interface BudgetAdmitInput {
  /** Stored window, or undefined before the provider's first request. */
  readonly window: BudgetWindow | undefined;
  readonly now: number;
  readonly rpm: number;
}

export type BudgetAdmitResult =
  | { readonly allowed: true; readonly next: BudgetWindow }
  /** retryAtMs: epoch ms when the next window opens. */
  | { readonly allowed: false; readonly next: BudgetWindow; readonly retryAtMs: number };

export function budgetAdmit({ window, now, rpm }: BudgetAdmitInput): BudgetAdmitResult {
  const windowStart = now - (((now % BUDGET_WINDOW_MS) + BUDGET_WINDOW_MS) % BUDGET_WINDOW_MS);
  // A different window (later, or earlier after a clock step back) starts from zero.
  const current = window !== undefined && window.windowStart === windowStart ? window : { windowStart, count: 0 };
  if (current.count < rpm) return { allowed: true, next: { windowStart, count: current.count + 1 } };
  return { allowed: false, next: current, retryAtMs: windowStart + BUDGET_WINDOW_MS };
}
