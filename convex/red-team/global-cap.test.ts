// Attack: many accounts multiply the per-user $1 cap with nothing stopping
// the operator's total. GLOBAL_DAILY_CAP_USD is held in the same transaction
// as each user's hold, so concurrent sends from many users never hold more.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { api } from "../_generated/api";
import { codeOf, newBackend, settle, signIn } from "../test.setup";
import { reserve, settle as settleSpend } from "../guardrails/daily-spend";
import { globalSpendOf } from "../guardrails/global-spend";
import { userMessageFor } from "../../rules/errors";
import { PAID_CHAIN } from "./billing.test-helpers";

// Real streams and timers against the LLM server: a loaded machine needs more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const DAY = "2026-11-22";
beforeEach(() => {
  // No provider: generations fail fast and charge nothing; the holds are what is under test.
  for (const name of ["GROQ_API_KEY", "GROQ_API_KEYS", "OPENROUTER_API_KEY", "OPENROUTER_API_KEYS"])
    delete process.env[name];
  process.env.LLM_FAILOVER_CHAIN = PAID_CHAIN;
  process.env.GLOBAL_DAILY_CAP_USD = "0.05";
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.UTC(2026, 10, 22, 12, 0, 1));
});
afterEach(() => {
  vi.useRealTimers();
  delete process.env.LLM_FAILOVER_CHAIN;
  delete process.env.GLOBAL_DAILY_CAP_USD;
});

it("40 users sending at once never hold more than the deployment's daily cap", async () => {
  const t = newBackend();
  const users = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(t, { name: `crowd-${i}` })));
  // Digits tokenize densely (up to 3 a token), so each hold is well over a fortieth of the $0.05 cap.
  const prompt = "8472916305".repeat(3_000);
  const results = await Promise.allSettled(users.map((u) => u.mutation(api.chat.send.send, { content: prompt })));
  const admitted = results.filter((r) => r.status === "fulfilled").length;
  const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  expect(admitted).toBeGreaterThan(0);
  expect(refused.length).toBeGreaterThan(30);
  expect(new Set(refused.map(codeOf))).toEqual(new Set(["service_daily_cap"]));
  expect(refused[0].data.resetsAt).toBe(Date.UTC(2026, 10, 23));
  expect(userMessageFor(refused[0].data, Date.now())).toMatch(
    /service has reached its daily spending limit.*resets at midnight UTC/,
  );

  const global = await t.run((ctx) => globalSpendOf(ctx, DAY));
  expect(global.capMicros).toBe(50_000);
  expect(global.spentMicros + global.reservedMicros).toBeLessThanOrEqual(50_000);
  const held = await t.run(async (ctx) =>
    (await ctx.db.query("dailySpend").collect()).reduce((s, r) => s + r.reservedMicros, 0),
  );
  expect(held).toBe(global.reservedMicros);
  // A refused send stores nothing.
  expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(admitted * 2);

  await settle(t); // the generations fail (no provider) and give every hold back
  expect(await t.run((ctx) => globalSpendOf(ctx, DAY))).toMatchObject({ spentMicros: 0, reservedMicros: 0 });
});

it("alerts once a day when the deployment's spend passes 80 % of its cap", async () => {
  const t = newBackend();
  const a = await signIn(t, { name: "a" });
  const b = await signIn(t, { name: "b" });
  await t.run(async (ctx) => {
    for (const [userId, actual] of [
      [a.userId, 30_000],
      [b.userId, 11_000],
      [a.userId, 2_000],
    ] as const) {
      const hold = await reserve(ctx, (await ctx.db.get(userId))!, 1_000);
      expect(hold.global).toBe(true);
      await settleSpend(ctx, userId, hold, actual);
    }
  });
  const alerts = await t.run((ctx) => ctx.db.query("alerts").collect());
  expect(alerts.filter((x) => x.kind === "service_daily_cost_80")).toMatchObject([
    { subject: "deployment", level: "error" },
  ]);
  expect(await t.run((ctx) => globalSpendOf(ctx, DAY))).toMatchObject({ spentMicros: 43_000, reservedMicros: 0 });
});

it("an unreadable cap stops spending rather than lifting the ceiling", async () => {
  process.env.GLOBAL_DAILY_CAP_USD = "fifty";
  const t = newBackend();
  const user = await signIn(t, { name: "typo" });
  expect(codeOf(await user.mutation(api.chat.send.send, { content: "hi" }).catch((e) => e))).toBe("service_daily_cap");
});
