import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api, internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { reserve } from "../guardrails/daily-spend";
import { finishReply } from "../metrics/fixtures.test-helpers";
import { sumRows } from "../metrics/rollup-store";
import { type Backend, codeOf, newBackend, settle, signIn } from "../test.setup";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 3, 17);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  // Creation times only go forward (as in Convex): users first, then rows in time order.
  vi.setSystemTime(NOW - 100 * DAY);
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterEach(() => {
  delete process.env.RETENTION_DAYS;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A conversation created and last updated at the given times, with two messages. */
async function conversationAt(
  t: Backend,
  ownerId: Id<"users">,
  title: string,
  createdAt: number,
  updatedAt: number,
  hold = false,
) {
  vi.setSystemTime(createdAt);
  return t.run(async (ctx) => {
    const conversationId = await ctx.db.insert("conversations", { ownerId, title, updatedAt });
    await ctx.db.insert("messages", { conversationId, ownerId, role: "user", content: `${title}?`, status: "done" });
    const reservation = hold ? await reserve(ctx, (await ctx.db.get(ownerId))!, 7_000, NOW) : undefined;
    await ctx.db.insert("messages", {
      conversationId,
      ownerId,
      role: "assistant",
      content: `${title}!`,
      status: "done",
      provider: "groq",
      model: "m",
      reservation,
    });
    return conversationId;
  });
}

describe("retention cron", () => {
  it("deletes exactly the conversations last updated more than RETENTION_DAYS ago, in batches, releasing held cost", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    const cutoff = NOW - 30 * DAY;
    const created = NOW - 60 * DAY;
    const kept: Id<"conversations">[] = [];
    const gone = [await conversationAt(t, user.userId, "1 ms too old", created, cutoff - 1, true)];
    // More than one batch of old conversations, with kept ones among them in creation order.
    for (let i = 0; i < 60; i++) {
      if (i === 10) kept.push(await conversationAt(t, user.userId, "at cutoff", created + i, cutoff));
      if (i === 40) kept.push(await conversationAt(t, user.userId, "old but touched", created + i, NOW - DAY));
      gone.push(await conversationAt(t, user.userId, `old ${i}`, created + i, cutoff - DAY));
    }
    kept.push(await conversationAt(t, user.userId, "new", NOW - 1000, NOW - 1000));
    vi.setSystemTime(NOW);
    expect((await user.query(api.guardrails.usage.mine, {})).spend.reservedMicros).toBe(7_000);
    expect(await t.run((ctx) => ctx.db.query("conversations").collect())).toHaveLength(64);

    await t.mutation(internal.retention.purge.daily, {});
    await settle(t);
    const left = await t.run((ctx) => ctx.db.query("conversations").collect());
    expect(left.map((c) => c._id).sort()).toEqual([...kept].sort());
    expect(gone).toHaveLength(61);
    expect(await t.run(async (ctx) => (await Promise.all(gone.map((id) => ctx.db.get(id)))).filter(Boolean))).toEqual(
      [],
    );
    const messages = await t.run((ctx) => ctx.db.query("messages").collect());
    expect(new Set(messages.map((m) => m.conversationId))).toEqual(new Set(kept));
    expect(messages).toHaveLength(6);
    expect((await user.query(api.guardrails.usage.mine, {})).spend.reservedMicros).toBe(0);
  });

  it("honours RETENTION_DAYS", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    process.env.RETENTION_DAYS = "7";
    await conversationAt(t, user.userId, "8 days", NOW - 8 * DAY, NOW - 8 * DAY);
    const keep = await conversationAt(t, user.userId, "6 days", NOW - 6 * DAY, NOW - 6 * DAY);
    vi.setSystemTime(NOW);
    await t.mutation(internal.retention.purge.daily, {});
    await settle(t);
    expect((await t.run((ctx) => ctx.db.query("conversations").collect())).map((c) => c._id)).toEqual([keep]);
  });

  it("deletes raw metrics and minute/hour/day roll-ups older than 90 days, keeping the totals", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    const oldTime = NOW - 91 * DAY;
    vi.setSystemTime(oldTime);
    for (let i = 0; i < 3; i++) await finishReply(t, user.userId);
    await user.mutation(api.metrics.client.reportLimitHit, { kind: "rate_limited" });
    vi.setSystemTime(NOW - 89 * DAY);
    await finishReply(t, user.userId);
    vi.setSystemTime(NOW);
    await t.mutation(internal.retention.purge.daily, {});
    await settle(t);
    const metrics = await t.run((ctx) => ctx.db.query("replyMetrics").collect());
    expect(metrics.map((m) => m.at)).toEqual([NOW - 89 * DAY]);
    const rollups = await t.run((ctx) => ctx.db.query("metricRollups").collect());
    expect([...new Set(rollups.map((r) => r.granularity))].sort()).toEqual(["day", "hour", "minute", "total"]);
    expect(sumRows(rollups.filter((r) => r.granularity === "total")).count).toBe(4); // its shards summed
    expect(rollups.filter((r) => r.granularity !== "total").every((r) => r.bucketStart >= NOW - 90 * DAY)).toBe(true);
    expect(await t.run((ctx) => ctx.db.query("limitHits").collect())).toHaveLength(0);
    expect((await t.run((ctx) => ctx.db.query("limitHitTotals").collect())).reduce((sum, r) => sum + r.total, 0)).toBe(
      1,
    );
    expect((await t.run((ctx) => ctx.db.query("spendByUserDay").collect())).map((r) => r.day)).toEqual(["2026-08-25"]);
  });
});

describe("export", () => {
  it("returns all of the caller's conversations and messages, and nobody else's", async () => {
    const t = newBackend();
    const me = await signIn(t, { name: "me" });
    const other = await signIn(t, { name: "other" });
    await conversationAt(t, me.userId, "first", NOW - 2 * DAY, NOW);
    await conversationAt(t, other.userId, "theirs", NOW - DAY, NOW);
    await conversationAt(t, me.userId, "second", NOW - 1000, NOW - 1000);
    vi.setSystemTime(NOW);
    const exported = await me.query(api.retention.export.mine, {});
    expect(exported.exportedAt).toBe(NOW);
    expect(exported.conversations.map((c) => [c.title, c.createdAt])).toEqual([
      ["first", NOW - 2 * DAY],
      ["second", NOW - 1000],
    ]);
    expect(exported.conversations[0]?.messages).toEqual([
      {
        role: "user",
        content: "first?",
        status: "done",
        createdAt: expect.closeTo(NOW - 2 * DAY, 0),
        provider: null,
        model: null,
      },
      {
        role: "assistant",
        content: "first!",
        status: "done",
        createdAt: expect.closeTo(NOW - 2 * DAY, 0),
        provider: "groq",
        model: "m",
      },
    ]);
    expect(JSON.stringify(exported)).not.toContain("theirs");
    expect(codeOf(await t.query(api.retention.export.mine, {}).catch((e) => e))).toBe("unauthenticated");
  });
});
