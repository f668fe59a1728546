// Finished replies for the convex-test suites (two dots: not deployed).
// A reply is set up as `chat/send` leaves it (streaming, cost held), then
// ended through the real `chat/ending.finish` (with the attempt's hold
// opened as `start` opens it), so the hook there is what records the metric.
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { reserve } from "../guardrails/daily-spend";
import { openHold } from "../guardrails/holds";
import type { Backend } from "../test.setup";

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
