import { describe, expect, it } from "vitest";
import { cacheTtlMs, sharedScopeEnabled } from "./config";
import { cacheScopeOf } from "./eligibility";

const user = (content: string) => ({ role: "user" as const, content });
const assistant = (content: string) => ({ role: "assistant" as const, content });
const system = { role: "system" as const, content: "You are helpful." };
const off = { sharedScope: false, profile: {} };
const on = { sharedScope: true, profile: { name: "Ada Lovelace" } };

describe("which tiers a conversation may use", () => {
  it("semantic for a first prompt and after one earlier exchange, not after two", () => {
    expect(cacheScopeOf([system, user("Explain TCP")], off).semantic).toBe(true);
    expect(cacheScopeOf([system, user("Explain TCP"), assistant("…"), user("and UDP?")], off).semantic).toBe(true);
    expect(cacheScopeOf([user("a"), assistant("b"), user("c"), assistant("d"), user("e")], off).semantic).toBe(false);
  });

  it("not semantic for a long prompt, a prompt of only function words, or a malformed turn order", () => {
    expect(cacheScopeOf([user(`Explain ${"this ".repeat(500)}`)], off).semantic).toBe(false);
    expect(cacheScopeOf([user("is it the?")], off).semantic).toBe(false);
    expect(cacheScopeOf([user("a"), user("b"), user("c")], off).semantic).toBe(false);
    expect(cacheScopeOf([user("Explain TCP"), assistant("…")], off).semantic).toBe(false);
  });

  it("shared only when enabled, single-turn and impersonal", () => {
    expect(cacheScopeOf([system, user("What is the capital of France?")], on).shared).toBe(true);
    expect(cacheScopeOf([system, user("What is the capital of France?")], off).shared).toBe(false);
    expect(cacheScopeOf([user("Explain TCP"), assistant("…"), user("and UDP?")], on).shared).toBe(false);
    expect(cacheScopeOf([user("Is my code right?")], on).shared).toBe(false);
    expect(cacheScopeOf([user("Write a poem for Ada")], on).shared).toBe(false);
  });
});

describe("cache settings", () => {
  it("TTL defaults to 30 minutes, follows CACHE_TTL_MINUTES, and ignores nonsense", () => {
    expect(cacheTtlMs({})).toBe(30 * 60_000);
    expect(cacheTtlMs({ CACHE_TTL_MINUTES: "5" })).toBe(5 * 60_000);
    for (const bad of ["0", "-3", "abc", "999999"]) expect(cacheTtlMs({ CACHE_TTL_MINUTES: bad })).toBe(30 * 60_000);
  });

  it("the shared scope is on only for exactly 'true'", () => {
    expect(sharedScopeEnabled({})).toBe(false);
    expect(sharedScopeEnabled({ CACHE_SHARED_SCOPE: "1" })).toBe(false);
    expect(sharedScopeEnabled({ CACHE_SHARED_SCOPE: "true" })).toBe(true);
  });
});
