import { describe, expect, it } from "vitest";
import { MAX_CUSTOM_INSTRUCTIONS_CHARS } from "@rules/custom-instructions";
import { worstCaseCostMicros } from "@rules/pricing";
import { systemMessageText } from "@rules/system-message";
import { createByokSpendTracker } from "../vault/byok-spend";
import { createMemoryStorage } from "../vault/memory-storage";
import { byokLimitDecision, byokLimitMessage } from "./byok-limit";

const memoryStorage = createMemoryStorage;

const NOW = Date.UTC(2026, 0, 15, 12);
const TOMORROW = Date.UTC(2026, 0, 16, 0, 0, 1);
// The longest system message the server can send: the guardrail text, then both custom instructions at their limit.
const longest = "i".repeat(MAX_CUSTOM_INSTRUCTIONS_CHARS);
const SYSTEM_CHARS = systemMessageText(longest, longest).length;
// Groq's openai/gpt-oss-20b, a free-plan reply cap, the longest system message.
const groqWorstCase = (promptChars: number) =>
  worstCaseCostMicros({
    provider: "groq",
    model: "openai/gpt-oss-20b",
    promptChars: promptChars + SYSTEM_CHARS,
    maxTokens: 1024,
  });

describe("byokLimitDecision", () => {
  it("counts the longest system message custom instructions can make (2 × 2,000 characters), not a fixed 200", () => {
    expect(SYSTEM_CHARS).toBeGreaterThan(2 * MAX_CUSTOM_INSTRUCTIONS_CHARS);
    const decision = byokLimitDecision(createByokSpendTracker(memoryStorage()), {
      provider: "groq",
      promptChars: 0,
      maxTokens: 0,
      model: "llama-3.3-70b-versatile",
      now: NOW,
    });
    // Prompt-only (no reply tokens): the estimate is the system message's worst case alone.
    expect(decision.estimateMicros).toBe(
      worstCaseCostMicros({
        provider: "groq",
        model: "llama-3.3-70b-versatile",
        promptChars: SYSTEM_CHARS,
        maxTokens: 0,
      }),
    );
    expect(decision.estimateMicros).toBeGreaterThan(
      worstCaseCostMicros({
        provider: "groq",
        model: "llama-3.3-70b-versatile",
        promptChars: 2 * MAX_CUSTOM_INSTRUCTIONS_CHARS,
        maxTokens: 0,
      }),
    );
  });

  it("estimates the worst case on the provider's BYOK model and allows it under the default $1.00", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    const decision = byokLimitDecision(tracker, { provider: "groq", promptChars: 1_000, maxTokens: 1024, now: NOW });
    expect(decision).toEqual({
      allowed: true,
      estimateMicros: groqWorstCase(1_000),
      spentMicros: 0,
      limitMicros: 1_000_000,
    });
    expect(decision.estimateMicros).toBeGreaterThan(0);
  });

  it("prices the model the conversation picked, when the send names one", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    const picked = byokLimitDecision(tracker, {
      provider: "groq",
      promptChars: 1_000,
      maxTokens: 1024,
      model: "llama-3.3-70b-versatile",
      now: NOW,
    });
    expect(picked.estimateMicros).toBe(
      worstCaseCostMicros({
        provider: "groq",
        model: "llama-3.3-70b-versatile",
        promptChars: 1_000 + SYSTEM_CHARS,
        maxTokens: 1024,
      }),
    );
    expect(picked.estimateMicros).toBeGreaterThan(groqWorstCase(1_000));
  });

  it("refuses when today's spend plus the worst case would pass the limit, and allows again the next UTC day", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    const estimate = groqWorstCase(1_000);
    tracker.recordSpend(1_000_000 - estimate + 1, NOW); // one micro-dollar short of room
    expect(
      byokLimitDecision(tracker, { provider: "groq", promptChars: 1_000, maxTokens: 1024, now: NOW }).allowed,
    ).toBe(false);
    expect(
      byokLimitDecision(tracker, { provider: "groq", promptChars: 1_000, maxTokens: 1024, now: TOMORROW }).allowed,
    ).toBe(true);
  });

  it("allows exactly reaching the limit", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    tracker.recordSpend(1_000_000 - groqWorstCase(10), NOW);
    expect(byokLimitDecision(tracker, { provider: "groq", promptChars: 10, maxTokens: 1024, now: NOW }).allowed).toBe(
      true,
    );
  });

  it("lets a free model through a nearly used-up limit, but a $0 limit blocks everything", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    tracker.recordSpend(999_999, NOW);
    const free = byokLimitDecision(tracker, { provider: "openrouter", promptChars: 5_000, maxTokens: 8192, now: NOW });
    expect(free).toMatchObject({ allowed: true, estimateMicros: 0 });
    tracker.setLimit(0);
    expect(byokLimitDecision(tracker, { provider: "openrouter", promptChars: 1, maxTokens: 1, now: NOW }).allowed).toBe(
      false,
    );
  });

  it("explains a refusal in dollars, with where to change it", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    tracker.setLimit(100);
    const decision = byokLimitDecision(tracker, { provider: "groq", promptChars: 100, maxTokens: 1024, now: NOW });
    expect(decision.allowed).toBe(false);
    expect(byokLimitMessage("groq", decision)).toMatch(
      /^This could cost up to \$0\.000\d+ on your Groq key, over your own daily limit \(\$0\.00 of \$0\.0001 used today\)\. Raise the limit in Settings/,
    );
  });
});
