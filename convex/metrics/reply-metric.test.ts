import { describe, expect, it } from "vitest";
import { failoverOf, replyMetricOf, replyOutcome, type FinishedReply } from "./reply-metric";

const requestedAt = 1_000_000;
const streaming: FinishedReply["message"] = {
  status: "streaming",
  timings: { requestedAt, startedAt: requestedAt + 40, firstTokenAt: requestedAt + 300 },
};

describe("replyOutcome", () => {
  it.each([
    ["streaming", "done", false, "done"],
    ["streaming", "done", true, "cached"],
    ["streaming", "failed", false, "failed"],
    ["pending", "failed", false, "failed"],
    ["streaming", "stopped", false, "stopped"],
    ["stopped", "done", false, "stopped"], // Stop pressed in the last instant
    ["stopped", "failed", false, "stopped"],
    ["done", "failed", false, null], // already counted
    ["failed", "failed", false, null],
  ] as const)("%s + %s (cached %s) → %s", (status, ending, cached, expected) => {
    expect(replyOutcome(status, ending, cached)).toBe(expected);
  });
});

describe("replyMetricOf", () => {
  it("measures a done reply from the request: queue wait, first token, total", () => {
    const metric = replyMetricOf(
      {
        message: streaming,
        ending: "done",
        provider: "groq",
        model: "llama",
        usage: { promptTokens: 12, completionTokens: 34 },
        costMicros: 56,
        attempts: [
          { provider: "groq", model: "llama", keyId: "groq:k1", errorClass: "timeout" },
          { provider: "groq", model: "llama", keyId: "groq:k2" },
        ],
      },
      requestedAt + 1_250,
    );
    expect(metric).toEqual({
      outcome: "done",
      provider: "groq",
      model: "llama",
      keyId: "groq:k2",
      queueWaitMs: 40,
      firstTokenMs: 300,
      totalMs: 1_250,
      promptTokens: 12,
      completionTokens: 34,
      costMicros: 56,
      cacheHit: false,
      cacheTier: "fresh",
      failedOver: false,
      at: requestedAt + 1_250,
    });
  });

  it("names the provider of the last attempt, not of a partial stream, so it matches the key id", () => {
    const failed = replyMetricOf(
      {
        message: { status: "streaming", provider: "groq", model: "a", timings: { requestedAt } },
        ending: "failed",
        attempts: [
          { provider: "groq", model: "a", keyId: "groq-1", errorClass: "stream_dropped" },
          { provider: "openrouter", model: "b", keyId: "openrouter-2", errorClass: "server" },
        ],
      },
      requestedAt + 10,
    )!;
    expect(failed).toMatchObject({
      provider: "openrouter",
      model: "b",
      keyId: "openrouter-2",
      failedOver: true,
      fromProvider: "groq",
    });
  });

  it("names the last error class of a failure, or internal after a crash with no attempts; no undefined fields", () => {
    const failed = replyMetricOf(
      {
        message: { status: "pending", timings: { requestedAt } },
        ending: "failed",
        attempts: [
          { provider: "groq", model: "a", errorClass: "rate_limited" },
          { provider: "openrouter", model: "b", errorClass: "server_error" },
          { provider: "openrouter", model: "b" },
        ],
      },
      requestedAt + 10,
    )!;
    expect(failed).toMatchObject({
      outcome: "failed",
      provider: "openrouter",
      model: "b",
      errorClass: "server_error",
      costMicros: 0,
      promptTokens: 0,
    });
    expect(Object.values(failed)).not.toContain(undefined);
    expect(Object.keys(failed)).not.toContain("queueWaitMs");
    const crashed = replyMetricOf({ message: streaming, ending: "failed", attempts: [] }, requestedAt + 10)!;
    expect(crashed).toMatchObject({ provider: "none", model: "none", errorClass: "internal" });
  });

  it("counts a cached reply as a cache hit and returns null for a reply already ended", () => {
    expect(
      replyMetricOf({ message: { ...streaming, cached: true }, ending: "done", attempts: [] }, requestedAt)?.cacheHit,
    ).toBe(true);
    expect(
      replyMetricOf({ message: { ...streaming, status: "done" }, ending: "done", attempts: [] }, requestedAt),
    ).toBeNull();
  });
});

describe("failoverOf", () => {
  it.each([
    [[], { failedOver: false }],
    [["groq"], { failedOver: false }],
    [["groq", "groq", "groq"], { failedOver: false }], // retries on one provider are not a failover
    [["groq", "openrouter"], { failedOver: true, fromProvider: "groq" }],
    [["groq", "groq", "openrouter", "openrouter"], { failedOver: true, fromProvider: "groq" }],
  ] as const)("attempts on %j → %j", (providers, expected) => {
    expect(failoverOf(providers.map((provider) => ({ provider })))).toEqual(expected);
  });

  it("marks a reply that failed on both providers as a failover too", () => {
    const metric = replyMetricOf(
      {
        message: streaming,
        ending: "failed",
        attempts: [
          { provider: "groq", model: "a", errorClass: "server_error" },
          { provider: "openrouter", model: "b", errorClass: "server_error" },
        ],
      },
      requestedAt + 10,
    );
    expect(metric).toMatchObject({ outcome: "failed", failedOver: true, fromProvider: "groq", provider: "openrouter" });
  });
});
