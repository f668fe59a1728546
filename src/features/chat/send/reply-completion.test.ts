import { describe, expect, it, vi } from "vitest";
import type { Message } from "../message";
import { completeReply, isFinished } from "./reply-completion";

const reply = (overrides: Partial<Message>) =>
  ({
    _id: "m1",
    _creationTime: 0,
    role: "assistant",
    status: "done",
    content: "Answer",
    provider: "groq",
    model: "openai/gpt-oss-20b",
    costMicros: 450,
    timings: { requestedAt: 1_000, finishedAt: 2_500 },
    ...overrides,
  }) as Message;

function deps() {
  return { cacheReply: vi.fn(), recordOwnKeySpend: vi.fn(), track: vi.fn(), now: () => 10_000 };
}

describe("completeReply", () => {
  it("caches a done reply under its key and reports it with buckets only", () => {
    const d = deps();
    completeReply(reply({}), { cacheKey: "k", userId: "u1", sentAt: 0 }, d);
    expect(d.cacheReply).toHaveBeenCalledWith("u1", "k", {
      messageId: "m1",
      content: "Answer",
      provider: "groq",
      model: "openai/gpt-oss-20b",
    });
    expect(d.track).toHaveBeenCalledWith("reply_completed", {
      provider: "groq",
      cached: false,
      latency_bucket: "1-3s",
      cost_bucket: "<$0.001",
    });
    expect(d.recordOwnKeySpend).not.toHaveBeenCalled();
  });

  it.each(["failed", "stopped"] as const)("never caches a %s reply", (status) => {
    const d = deps();
    completeReply(reply({ status }), { cacheKey: "k", userId: "u1", sentAt: 0 }, d);
    expect(d.cacheReply).not.toHaveBeenCalled();
    expect(d.track).not.toHaveBeenCalled();
  });

  it("never re-caches a cached reply", () => {
    const d = deps();
    completeReply(reply({ cached: true, costMicros: 0 }), { cacheKey: "k", userId: "u1", sentAt: 0 }, d);
    expect(d.cacheReply).not.toHaveBeenCalled();
  });

  it("counts an own-key reply's cost, stopped ones too", () => {
    const d = deps();
    completeReply(reply({ byok: "groq" }), { byok: "groq", userId: "u1", sentAt: 0 }, d);
    completeReply(reply({ status: "stopped", costMicros: 30 }), { byok: "groq", userId: "u1", sentAt: 0 }, d);
    expect(d.recordOwnKeySpend.mock.calls).toEqual([[450], [30]]);
  });

  it("reports a failover when another provider than the first tried answered", () => {
    const d = deps();
    const attempts = [
      { provider: "groq", model: "openai/gpt-oss-20b", latencyMs: 5, status: 500 },
      { provider: "openrouter", model: "qwen/qwen3-coder:free", latencyMs: 9 },
    ];
    completeReply(
      reply({ provider: "openrouter", model: "qwen/qwen3-coder:free", attempts }),
      { userId: "u1", sentAt: 0 },
      d,
    );
    expect(d.track).toHaveBeenCalledWith("failover", { from: "groq", to: "openrouter" });
  });

  it("knows the end states", () => {
    expect(
      ["pending", "streaming", "done", "failed", "stopped"].map((status) => isFinished({ status } as Message)),
    ).toEqual([false, false, true, true, true]);
  });
});
