import { describe, expect, it } from "vitest";
import { api, internal } from "../_generated/api";
import { codeOf, newBackend, signIn } from "../test.setup";
import { finishReply, withMetricsTestClock } from "../metrics/fixtures.test-helpers";

const NOW = Date.UTC(2026, 10, 22, 12, 30, 15);

withMetricsTestClock(NOW);

describe("alert evaluation (cron)", () => {
  it("raises health, error-rate and cache alerts once per day", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    for (let i = 0; i < 19; i++)
      await finishReply(t, user.userId, {
        model: "openai/gpt-oss-20b",
        usage: { promptTokens: 1, completionTokens: 1 },
      });
    await finishReply(t, user.userId, { ending: "failed" }); // 1 of 20 = 5 %: not above
    expect(await t.mutation(internal.alerts.evaluate.run, {})).toEqual({ findings: 1, raised: 1 }); // cache 0 % over 20
    await finishReply(t, user.userId, { ending: "failed" }); // 2 of 21 > 5 %
    await t.run((ctx) =>
      ctx.db.insert("providerState", {
        provider: "groq",
        breaker: { state: "open", consecutiveFailures: 5, openedAt: NOW, probeInFlight: false },
        keyCursor: 0,
        inFlight: 0,
      }),
    );
    expect(await t.mutation(internal.alerts.evaluate.run, {})).toEqual({ findings: 3, raised: 2 });
    expect(await t.mutation(internal.alerts.evaluate.run, {})).toEqual({ findings: 3, raised: 0 });
    const alerts = await t.run((ctx) => ctx.db.query("alerts").collect());
    expect(alerts.map((a) => `${a.kind}:${a.subject}`).sort()).toEqual([
      "cache_hit_rate_below_20:all",
      "error_rate_above_5:all",
      "health_below_50:groq",
    ]);
  });
});

describe("alerts for the client to forward", () => {
  it("returns the caller's own daily-cost alert and today's global ones, without message text", async () => {
    const t = newBackend();
    const me = await signIn(t, { name: "me" });
    const other = await signIn(t, { name: "other" });
    const today = "2026-11-22";
    await t.run(async (ctx) => {
      const base = { day: today, level: "warning" as const, message: "secret-ish text" };
      await ctx.db.insert("alerts", { ...base, kind: "daily_cost_80", subject: me.userId, userId: me.userId });
      await ctx.db.insert("alerts", { ...base, kind: "daily_cost_80", subject: other.userId, userId: other.userId });
      await ctx.db.insert("alerts", { ...base, kind: "circuit_breaker_opened", subject: "groq" });
      await ctx.db.insert("alerts", { ...base, kind: "health_below_50", subject: "openrouter", day: "2026-11-21" });
      await ctx.db.insert("alerts", { ...base, kind: "key_rejected", subject: "groq:k1" });
    });
    const alerts = await me.query(api.alerts.client.today, {});
    expect(alerts.map((a) => `${a.kind}:${a.subject}`)).toEqual(["daily_cost_80:you", "circuit_breaker_opened:groq"]);
    expect(JSON.stringify(alerts)).not.toContain("secret-ish");
    expect(JSON.stringify(alerts)).not.toContain(other.userId);
    expect(codeOf(await t.query(api.alerts.client.today, {}).catch((e) => e))).toBe("unauthenticated");
  });
});

describe("the admin feed", () => {
  it("refuses anonymous callers and plain users, and gives an admin the newest alerts first", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "plain" });
    const admin = await signIn(t, { name: "boss", role: "admin" });
    await t.run(async (ctx) => {
      for (let i = 0; i < 3; i++)
        await ctx.db.insert("alerts", {
          kind: "key_rejected",
          subject: `k${i}`,
          day: "2026-11-22",
          level: "error",
          message: `alert ${i}`,
        });
    });
    expect(codeOf(await t.query(api.alerts.feed.list, {}).catch((e) => e))).toBe("unauthenticated");
    expect(codeOf(await user.query(api.alerts.feed.list, {}).catch((e) => e))).toBe("forbidden");
    expect((await admin.query(api.alerts.feed.list, { limit: 2 })).map((a) => a.subject)).toEqual(["k2", "k1"]);
  });
});
