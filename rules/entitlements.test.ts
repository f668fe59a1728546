import { describe, expect, it } from "vitest";
import {
  DEFAULT_DAILY_COST_CAP_MICROS,
  dailyCostCapFor,
  entitlementsFor,
  formatUsd,
  isRole,
  isTier,
  TIERS,
} from "./entitlements";

describe("entitlements table", () => {
  it.each([
    ["free", 5, 1024],
    ["pro", 30, 4096],
    ["enterprise", 100, 8192],
  ] as const)("%s: %i requests/min, %i max tokens", (tier, rpm, maxTokens) => {
    expect(entitlementsFor(tier).requestsPerMinute).toBe(rpm);
    expect(entitlementsFor(tier).maxTokens).toBe(maxTokens);
  });

  it("higher tiers never get less than lower ones", () => {
    for (let i = 1; i < TIERS.length; i++) {
      const lower = entitlementsFor(TIERS[i - 1]!);
      const higher = entitlementsFor(TIERS[i]!);
      expect(higher.requestsPerMinute).toBeGreaterThanOrEqual(lower.requestsPerMinute);
      expect(higher.maxTokens).toBeGreaterThanOrEqual(lower.maxTokens);
      expect(higher.dailyCostCapMicros).toBeGreaterThanOrEqual(lower.dailyCostCapMicros);
      for (const key of [
        "conversationsPerMinute",
        "maxConversations",
        "maxStoredMessages",
        "contextTokenBudget",
      ] as const) {
        expect(higher[key]).toBeGreaterThanOrEqual(lower[key]);
      }
    }
  });

  it.each(TIERS)("%s: conversations a minute never below messages a minute", (tier) => {
    expect(entitlementsFor(tier).conversationsPerMinute).toBeGreaterThanOrEqual(
      entitlementsFor(tier).requestsPerMinute,
    );
  });

  it.each(TIERS)("%s: the context budget plus the reply cap fits a 128k-token model window", (tier) => {
    const { contextTokenBudget, maxTokens } = entitlementsFor(tier);
    expect(contextTokenBudget + maxTokens).toBeLessThanOrEqual(128_000);
    expect(contextTokenBudget).toBeGreaterThan(maxTokens);
  });

  it("re-exports formatUsd for the cap display", () => {
    expect(formatUsd(DEFAULT_DAILY_COST_CAP_MICROS)).toBe("$1.00");
  });
});

describe("dailyCostCapFor", () => {
  it("defaults to $1.00 (1,000,000 micros) for every tier", () => {
    for (const tier of TIERS) expect(dailyCostCapFor(tier)).toBe(1_000_000);
  });

  it("a user override wins over the tier cap, including 0 and larger caps", () => {
    expect(dailyCostCapFor("free", 250_000)).toBe(250_000);
    expect(dailyCostCapFor("pro", 5_000_000)).toBe(5_000_000);
    expect(dailyCostCapFor("enterprise", 0)).toBe(0);
  });

  it("null or undefined override means no override", () => {
    expect(dailyCostCapFor("pro", null)).toBe(1_000_000);
    expect(dailyCostCapFor("pro", undefined)).toBe(1_000_000);
  });

  it("rejects malformed overrides loudly", () => {
    expect(() => dailyCostCapFor("free", -1)).toThrow(RangeError);
    expect(() => dailyCostCapFor("free", 0.5)).toThrow(RangeError);
    expect(() => dailyCostCapFor("free", Number.NaN)).toThrow(RangeError);
  });
});

describe("guards", () => {
  it("isTier / isRole accept only the known literals", () => {
    expect(isTier("pro")).toBe(true);
    expect(isTier("PRO")).toBe(false);
    expect(isTier("toString")).toBe(false);
    expect(isRole("admin")).toBe(true);
    expect(isRole("root")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
