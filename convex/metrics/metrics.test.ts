import { describe, expect, it, vi } from "vitest";
import { api, internal } from "../_generated/api";
import { codeOf, newBackend, settle, signIn } from "../test.setup";
import { BUCKET_COUNTS, ESTIMATED, LATENCIES_MS, LATENCY_SUM_MS } from "./dataset.test-data";
import { finishReply, withMetricsTestClock } from "./fixtures.test-helpers";
import { sumRows, sumRowsBy } from "./rollup-store";
import { sumShards } from "../lib/shards";

const NOW = Date.UTC(2026, 10, 22, 12, 30, 15);

withMetricsTestClock(NOW);

describe("one metric per reply, rolled up in the same transaction", () => {
  it("records the known data set and the overview's percentiles match the hand-computed ones", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    const admin = await signIn(t, { name: "boss", role: "admin" });
    for (const totalMs of LATENCIES_MS) await finishReply(t, user.userId, { totalMs, firstTokenMs: 40 });

    const metrics = await t.run((ctx) => ctx.db.query("replyMetrics").collect());
    expect(metrics).toHaveLength(20);
    expect(metrics[0]).toMatchObject({
      outcome: "done",
      provider: "groq",
      keyId: "groq:k1",
      queueWaitMs: 10,
      firstTokenMs: 40,
      promptTokens: 1000,
      costMicros: 1380,
      cacheHit: false,
    });
    // Each granularity's shards (convex/lib/shards.ts) summed.
    const rows = await t.run((ctx) => ctx.db.query("metricRollups").collect());
    const rollups = sumRowsBy(rows, (r) => r.granularity);
    expect([...rollups.keys()].sort()).toEqual(["day", "hour", "minute", "total"]);
    for (const r of rollups.values()) {
      expect(r).toMatchObject({
        count: 20,
        done: 20,
        costMicros: 20 * 1380,
        latencySumMs: LATENCY_SUM_MS,
        cacheMisses: 20,
      });
      expect(r.latencyBuckets).toEqual([...BUCKET_COUNTS]);
    }
    expect(rows.find((r) => r.granularity === "minute")?.bucketStart).toBe(Date.UTC(2026, 10, 22, 12, 30));

    const overview = await admin.query(api.admin.overview.get, {});
    for (const window of [overview.lastHour, overview.lastDay]) {
      expect(window.latencyMs).toEqual(ESTIMATED);
      expect(window).toMatchObject({
        replies: 20,
        successRate: 1,
        failureRate: 0,
        avgFirstTokenMs: 40,
        avgQueueWaitMs: 10,
        costMicros: 27_600,
      });
    }
  });

  it("keeps replies outside the window out of the last hour but in the last day", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    const admin = await signIn(t, { name: "boss", role: "admin" });
    vi.setSystemTime(NOW - 2 * 3_600_000);
    await finishReply(t, user.userId, {
      ending: "failed",
      attempts: [{ provider: "groq", model: "m", latencyMs: 5, errorClass: "timeout" }],
    });
    vi.setSystemTime(NOW);
    await finishReply(t, user.userId);
    const { lastHour, lastDay, errorPatterns } = await admin.query(api.admin.overview.get, {});
    expect(lastHour).toMatchObject({ replies: 1, failed: 0 });
    expect(lastDay).toMatchObject({ replies: 2, failed: 1, failureRate: 0.5 });
    expect(errorPatterns).toEqual([{ errorClass: "timeout", count: 1 }]);
  });

  it("records a real failed send (no provider configured) through chat/ending.finish", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    await user.mutation(api.chat.send.send, { content: "hello" });
    await settle(t);
    const [metric, ...more] = await t.run((ctx) => ctx.db.query("replyMetrics").collect());
    expect(more).toHaveLength(0);
    expect(metric).toMatchObject({
      outcome: "failed",
      errorClass: "not_configured",
      costMicros: 0,
      userId: user.userId,
    });
  });

  it("counts a Stop in the last instant as stopped (tokens still paid) and never counts a reply twice", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    const { messageId: stoppedId } = await finishReply(t, user.userId, { status: "stopped" });
    const { messageId: doneId, attemptId } = await finishReply(t, user.userId);
    await t.mutation(internal.chat.ending.finish, { attemptId, outcome: "failed", attempts: [], calls: [] });
    const metrics = await t.run((ctx) => ctx.db.query("replyMetrics").collect());
    expect(metrics.map((m) => [m.messageId, m.outcome, m.costMicros])).toEqual([
      [stoppedId, "stopped", 1380],
      [doneId, "done", 1380],
    ]);
    const total = sumRows(
      await t.run((ctx) =>
        ctx.db
          .query("metricRollups")
          .withIndex("by_key", (q) => q.eq("granularity", "total"))
          .collect(),
      ),
    );
    expect(total).toMatchObject({ count: 2, stopped: 1, done: 1, latencyBuckets: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0] }); // 500 ms: the done one only
  });

  it("counts a cached reply as a cache hit", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    await finishReply(t, user.userId, { cached: true, usage: { promptTokens: 0, completionTokens: 0 } });
    const [metric] = await t.run((ctx) => ctx.db.query("replyMetrics").collect());
    expect(metric).toMatchObject({ outcome: "cached", cacheHit: true });
  });
});

describe("limit hits reported by the client", () => {
  it("counts at most once per user, kind and minute, and refuses anonymous callers", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    const other = await signIn(t, { name: "v" });
    const report = (who: typeof user, kind: "rate_limited" | "daily_cost_cap") =>
      who.mutation(api.metrics.client.reportLimitHit, { kind });
    expect(await report(user, "rate_limited")).toEqual({ recorded: true });
    expect(await report(user, "rate_limited")).toEqual({ recorded: false });
    expect(await report(other, "rate_limited")).toEqual({ recorded: true });
    expect(await report(user, "daily_cost_cap")).toEqual({ recorded: true });
    vi.setSystemTime(NOW + 60_000);
    expect(await report(user, "rate_limited")).toEqual({ recorded: true });
    await t.mutation(internal.metrics.limits.recordRateLimitHit, {});
    const totals = await t.run((ctx) => ctx.db.query("limitHitTotals").collect());
    expect(
      Object.fromEntries(
        sumShards(
          totals,
          (r) => r.kind,
          (r) => r.total,
          (a, b) => a + b,
        ),
      ),
    ).toEqual({ rate_limited: 4, daily_cost_cap: 1 });
    expect(codeOf(await t.mutation(api.metrics.client.reportLimitHit, { kind: "rate_limited" }).catch((e) => e))).toBe(
      "unauthenticated",
    );
  });
});
