import { describe, expect, it } from "vitest";
import { lastBreakerOpenings, pivotByDay, spendToday } from "./overview-derive";

const now = Date.UTC(2026, 10, 22, 0, 30);
const row = (day: string, model: string, costMicros: number, tokens = 0) => ({
  day,
  model,
  costMicros,
  promptTokens: tokens,
  completionTokens: tokens,
});
const rows = [
  row("2026-11-22", "a", 100, 10),
  row("2026-11-22", "b", 300, 1),
  row("2026-11-21", "a", 50, 5),
  row("2026-11-10", "c", 999),
];

describe("spendToday", () => {
  it("sums today's UTC day only", () => {
    expect(spendToday(rows, now)).toBe(400);
    expect(spendToday([], now)).toBe(0);
  });
});

describe("pivotByDay", () => {
  it("gives the last seven UTC days oldest first, empty days as zeros, biggest model first", () => {
    const cost = pivotByDay(rows.slice(0, 3), now, (r) => r.costMicros);
    expect(cost.days).toEqual([
      "2026-11-16",
      "2026-11-17",
      "2026-11-18",
      "2026-11-19",
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
    ]);
    expect(cost.models).toEqual(["b", "a"]);
    expect(cost.values.at(-1)).toEqual({ b: 300, a: 100 });
    expect(cost.values.at(-2)).toEqual({ b: 0, a: 50 });
    expect(cost.values[0]).toEqual({ b: 0, a: 0 });
  });

  it("can pivot tokens instead of cost", () => {
    const tokens = pivotByDay(rows.slice(0, 3), now, (r) => r.promptTokens + r.completionTokens);
    expect(tokens.models).toEqual(["a", "b"]);
    expect(tokens.values.at(-1)).toEqual({ a: 20, b: 2 });
  });
});

describe("lastBreakerOpenings", () => {
  it("keeps the newest circuit_breaker_opened per provider and ignores other kinds", () => {
    const openings = lastBreakerOpenings([
      { kind: "circuit_breaker_opened", subject: "groq", at: 30 },
      { kind: "health_below_50", subject: "openrouter", at: 40 },
      { kind: "circuit_breaker_opened", subject: "groq", at: 10 },
      { kind: "circuit_breaker_opened", subject: "openrouter", at: 20 },
    ]);
    expect(Object.fromEntries(openings)).toEqual({ groq: 30, openrouter: 20 });
  });
});
