import { describe, expect, it } from "vitest";
import { budgetAdmit, type BudgetWindow } from "./provider-budget";

const MINUTE = Date.UTC(2026, 0, 15, 12, 0, 0);

function admitMany(times: number, now: number, rpm: number, start?: BudgetWindow) {
  let window = start;
  const allowed: boolean[] = [];
  for (let i = 0; i < times; i++) {
    const result = budgetAdmit({ window, now, rpm });
    allowed.push(result.allowed);
    window = result.next;
  }
  return { allowed, window };
}

describe("budgetAdmit", () => {
  it("admits exactly rpm requests per window", () => {
    const { allowed, window } = admitMany(31, MINUTE + 5_000, 30);
    expect(allowed.filter(Boolean)).toHaveLength(30);
    expect(allowed[30]).toBe(false);
    expect(window).toEqual({ windowStart: MINUTE, count: 30 });
  });

  it("tells a refused caller when the next window opens", () => {
    const full: BudgetWindow = { windowStart: MINUTE, count: 20 };
    expect(budgetAdmit({ window: full, now: MINUTE + 59_999, rpm: 20 })).toEqual({
      allowed: false,
      next: full,
      retryAtMs: MINUTE + 60_000,
    });
  });

  it("starts a fresh window at the minute boundary", () => {
    const full: BudgetWindow = { windowStart: MINUTE, count: 20 };
    expect(budgetAdmit({ window: full, now: MINUTE + 60_000, rpm: 20 })).toEqual({
      allowed: true,
      next: { windowStart: MINUTE + 60_000, count: 1 },
    });
  });

  it("aligns the first window to the wall-clock minute", () => {
    expect(budgetAdmit({ window: undefined, now: MINUTE + 42_123, rpm: 5 }).next).toEqual({
      windowStart: MINUTE,
      count: 1,
    });
  });

  it("resets if the clock stepped back into an earlier window", () => {
    const full: BudgetWindow = { windowStart: MINUTE, count: 20 };
    expect(budgetAdmit({ window: full, now: MINUTE - 1, rpm: 20 })).toMatchObject({
      allowed: true,
      next: { count: 1 },
    });
  });

  it("refuses everything when rpm is 0", () => {
    expect(budgetAdmit({ window: undefined, now: MINUTE, rpm: 0 }).allowed).toBe(false);
  });
});
