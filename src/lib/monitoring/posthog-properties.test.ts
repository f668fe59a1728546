import { describe, expect, it } from "vitest";
import { costBucket, latencyBucket, sanitizeEventProperties } from "./posthog-properties.ts";
import { FAKE_SECRETS } from "./secret-fixtures.ts";

describe("sanitizeEventProperties", () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown> | null]>([
    ["signed_in", { email: "a@b.c", plan: "free" }, {}],
    ["message_sent", { prompt: "hello there", length: 11 }, {}],
    [
      "reply_completed",
      {
        provider: "groq",
        cached: false,
        latency_bucket: "1-3s",
        cost_bucket: "<$0.001",
        reply: "Hi!",
        latency_ms: 1234,
      },
      { provider: "groq", cached: false, latency_bucket: "1-3s", cost_bucket: "<$0.001" },
    ],
    [
      "reply_completed (bad shapes)",
      { provider: "groq groq", cached: "yes", latency_bucket: "1234ms", cost_bucket: 0.002 },
      {},
    ],
    ["limit_hit", { kind: "daily_messages", count: 50 }, { kind: "daily_messages" }],
    ["limit_hit (free text kind)", { kind: "you have been limited" }, {}],
    [
      "failover",
      { from: "groq", to: "meta-llama/llama-3.3-70b-instruct:free", error: "429 Too Many Requests" },
      { from: "groq", to: "meta-llama/llama-3.3-70b-instruct:free" },
    ],
    [
      "key_saved",
      { provider: "openrouter", keyHint: "abcd", apiKey: FAKE_SECRETS.openrouter },
      { provider: "openrouter" },
    ],
    ["key_saved (a key in the provider field)", { provider: FAKE_SECRETS.groq }, {}],
    [
      "reply_feedback",
      {
        rating: "down",
        has_reason: true,
        provider: "groq",
        reason: "It made up a fact",
        reply: "Paris is in Spain",
        messageId: "abc",
      },
      { rating: "down", has_reason: true, provider: "groq" },
    ],
    ["reply_feedback (free text rating)", { rating: "thumbs down, wrong", has_reason: "yes" }, {}],
    ["$pageview", { $current_url: "https://x" }, null],
    ["toString", {}, null],
  ])("%s", (label, props, expected) => {
    const event = label.split(" ")[0] ?? label;
    expect(sanitizeEventProperties(event, props)).toEqual(expected);
  });

  it("ignores inherited properties", () => {
    const props = Object.create({ provider: "groq" }) as Record<string, unknown>;
    expect(sanitizeEventProperties("key_saved", props)).toEqual({ provider: "groq" });
  });
});

describe("latencyBucket", () => {
  it.each<[number, string]>([
    [0, "<1s"],
    [999, "<1s"],
    [1_000, "1-3s"],
    [2_999, "1-3s"],
    [3_000, "3-10s"],
    [9_999, "3-10s"],
    [10_000, "10-30s"],
    [29_999, "10-30s"],
    [30_000, "30s+"],
    [-1, "unknown"],
    [Number.NaN, "unknown"],
    [Number.POSITIVE_INFINITY, "unknown"],
  ])("%s ms -> %s", (ms, bucket) => expect(latencyBucket(ms)).toBe(bucket));
});

describe("costBucket", () => {
  it.each<[number, string]>([
    [0, "$0"],
    [1, "<$0.001"],
    [999, "<$0.001"],
    [1_000, "$0.001-$0.01"],
    [9_999, "$0.001-$0.01"],
    [10_000, "$0.01-$0.10"],
    [99_999, "$0.01-$0.10"],
    [100_000, "$0.10+"],
    [-5, "unknown"],
    [Number.NaN, "unknown"],
  ])("%s micros -> %s", (micros, bucket) => expect(costBucket(micros)).toBe(bucket));
});
