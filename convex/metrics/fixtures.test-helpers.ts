// Finished replies for the convex-test suites (two dots: not deployed).
// A reply is set up as `chat/send` leaves it (streaming, cost held), then
// ended through the real `chat/ending.finish` (with the attempt's hold
// opened as `start` opens it), so the hook there is what records the metric.
import { afterEach, beforeEach, vi } from "vitest";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { reserve } from "../guardrails/daily-spend";
import { openHold } from "../guardrails/holds";
import type { Backend } from "../test.setup";
import type { HourCounters } from "./rates";

/** A fixed clock at `now`, no deployment keys (no provider is configured) and a quiet console.log, per test. */
export function withMetricsTestClock(now: number) {
  beforeEach(() => {
    for (const name of ["GROQ_API_KEY", "GROQ_API_KEYS", "OPENROUTER_API_KEY", "OPENROUTER_API_KEYS"])
      delete process.env[name];
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
    vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/** An hour's counters: zero but for `over`. */
export const hourCounters = (over: Partial<HourCounters>): HourCounters => ({
  count: 0,
  done: 0,
  failed: 0,
  cached: 0,
  cacheHits: 0,
  cacheMisses: 0,
  ...over,
});

export type ReplySpec = {
  ending?: "done" | "failed" | "stopped";
  /** The message's status when the ending arrives ("stopped": the user pressed Stop first). */
  status?: "streaming" | "pending" | "stopped" | "done";
  totalMs?: number;
  firstTokenMs?: number;
  provider?: string;
  model?: string;
  usage?: { promptTokens: number; completionTokens: number };
  attempts?: { provider: string; model: string; keyId?: string; latencyMs: number; errorClass?: string }[];
  cached?: boolean;
};

export async function finishReply(t: Backend, ownerId: Id<"users">, spec: ReplySpec = {}) {
  const now = Date.now();
  const totalMs = spec.totalMs ?? 500;
  const provider = spec.provider ?? "groq";
  const model = spec.model ?? "llama-3.3-70b-versatile";
  const { messageId, attemptId } = await t.run(async (ctx) => {
    const reservation = await reserve(ctx, (await ctx.db.get(ownerId))!, 5_000, now);
    const conversationId = await ctx.db.insert("conversations", { ownerId, title: "fixture", updatedAt: now });
    const requestedAt = now - totalMs;
    const firstTokenAt = spec.firstTokenMs === undefined ? undefined : requestedAt + spec.firstTokenMs;
    const messageId = await ctx.db.insert("messages", {
      conversationId,
      ownerId,
      role: "assistant",
      content: "",
      status: spec.status ?? "streaming",
      reservation,
      ...(spec.cached ? { cached: true } : {}),
      timings: { requestedAt, startedAt: requestedAt + 10, ...(firstTokenAt === undefined ? {} : { firstTokenAt }) },
    });
    const attemptId = await openHold(ctx, (await ctx.db.get(messageId))!, 100, now);
    await ctx.db.patch(messageId, { attemptId, reservation: undefined });
    return { messageId, attemptId };
  });
  const attempts = spec.attempts ?? [{ provider, model, keyId: `${provider}:k1`, latencyMs: totalMs }];
  if ((spec.ending ?? "done") === "done") {
    const usage = { promptTokens: 1000, completionTokens: 1000, ...spec.usage, estimated: false };
    await t.mutation(internal.chat.ending.finish, {
      attemptId,
      outcome: "done",
      content: "reply",
      provider,
      model,
      attempts,
      calls: [{ provider, model, usage }],
    });
  } else {
    await t.mutation(internal.chat.ending.finish, {
      attemptId,
      outcome: spec.ending === "failed" ? "failed" : "stopped",
      attempts,
      calls: [],
    });
  }
  return { messageId, attemptId };
}
