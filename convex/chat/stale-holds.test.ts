import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { internal } from "../_generated/api";
import { reserve } from "../guardrails/daily-spend";
import { newBackend, signIn } from "../test.setup";
import { estimateTokens } from "../providers/failover-call";
import { costMicros, priceFor } from "../../rules/pricing";
import { STALE_AFTER_MS } from "./stale-holds";

const T0 = Date.UTC(2026, 10, 22, 23, 50);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

it("settles a dead generation's hold by what was stored, once, on the day it was taken, and says so", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "orphan" });
  // A reply as `send` leaves it (cost held), without scheduling a generation: this one's action "dies".
  const sent = await t.run(async (ctx) => {
    const reservation = await reserve(ctx, (await ctx.db.get(user.userId))!, 5_000);
    const conversationId = await ctx.db.insert("conversations", {
      ownerId: user.userId,
      title: "orphan",
      updatedAt: T0,
    });
    const assistantMessageId = await ctx.db.insert("messages", {
      conversationId,
      ownerId: user.userId,
      role: "assistant",
      content: "",
      status: "pending",
      reservation,
      timings: { requestedAt: T0 },
    });
    return { assistantMessageId };
  });
  // The action started, wrote some text, then died (deploy, crash): nothing will ever finish it.
  const attemptId = await t.mutation(internal.chat["reply-state"].start, {
    messageId: sent.assistantMessageId,
    promptTokens: 20,
  });
  const partial = "Half a reply, streamed before the action died";
  await t.mutation(internal.chat["reply-state"].saveProgress, {
    messageId: sent.assistantMessageId,
    attemptId: attemptId!,
    content: partial,
    provider: "groq",
    model: "openai/gpt-oss-20b",
  });

  expect(await t.mutation(internal.chat["stale-holds"].sweep, {})).toBe(0); // not stale yet
  vi.setSystemTime(T0 + STALE_AFTER_MS + 1); // past midnight UTC: a new day
  expect(await t.mutation(internal.chat["stale-holds"].sweep, {})).toBe(1);
  expect(await t.mutation(internal.chat["stale-holds"].sweep, {})).toBe(0);

  const expected = costMicros(priceFor("groq", "openai/gpt-oss-20b"), {
    promptTokens: 20,
    completionTokens: estimateTokens(partial),
  });
  const hold = await t.run((ctx) => ctx.db.get(attemptId!));
  expect(hold).toMatchObject({ state: "settled", settledBy: "sweep", costMicros: expected, day: "2026-11-22" });
  const reply = await t.run((ctx) => ctx.db.get(sent.assistantMessageId));
  expect(reply).toMatchObject({ status: "failed", content: "", costMicros: expected, usage: { estimated: true } });
  expect(reply?.errorReason).toMatch(/stopped responding/);
  const days = await t.run((ctx) => ctx.db.query("dailySpend").collect());
  expect(days).toMatchObject([{ day: "2026-11-22", spentMicros: expected, reservedMicros: 0 }]);
  const metrics = await t.run((ctx) => ctx.db.query("replyMetrics").collect());
  expect(metrics).toMatchObject([{ outcome: "failed", errorClass: "abandoned", costMicros: expected }]);
  expect(await t.run((ctx) => ctx.db.query("spendByUserDay").collect())).toMatchObject([
    { day: "2026-11-22", costMicros: expected },
  ]);

  // The "dead" action turning up after all cannot charge a second time.
  const calls = [
    {
      provider: "groq",
      model: "openai/gpt-oss-20b",
      usage: { promptTokens: 20, completionTokens: 999, estimated: false },
    },
  ];
  await t.mutation(internal.chat.ending.finish, {
    attemptId: attemptId!,
    outcome: "done",
    content: "late",
    provider: "groq",
    model: "openai/gpt-oss-20b",
    attempts: [],
    calls,
  });
  expect((await t.run((ctx) => ctx.db.query("dailySpend").collect()))[0]?.spentMicros).toBe(expected);
  expect(await t.run((ctx) => ctx.db.query("replyMetrics").collect())).toHaveLength(1);
});

it("gives back the reservation of a reply whose generation never started", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "lost" });
  const messageId = await t.run(async (ctx) => {
    const reservation = await reserve(ctx, (await ctx.db.get(user.userId))!, 5_000);
    const conversationId = await ctx.db.insert("conversations", { ownerId: user.userId, title: "lost", updatedAt: T0 });
    return ctx.db.insert("messages", {
      conversationId,
      ownerId: user.userId,
      role: "assistant",
      content: "",
      status: "pending",
      reservation,
      timings: { requestedAt: T0 },
    });
  });
  expect(await t.mutation(internal.chat["stale-holds"].sweep, {})).toBe(0);
  vi.setSystemTime(T0 + STALE_AFTER_MS + 1);
  expect(await t.mutation(internal.chat["stale-holds"].sweep, {})).toBe(1);
  expect(await t.run((ctx) => ctx.db.get(messageId))).toMatchObject({ status: "failed", content: "" });
  expect(await t.run((ctx) => ctx.db.query("dailySpend").collect())).toMatchObject([
    { spentMicros: 0, reservedMicros: 0 },
  ]);
});
