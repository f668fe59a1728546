import { makeFunctionReference } from "convex/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { finishReply } from "../metrics/fixtures.test-helpers";
import { type Backend, codeOf, newBackend, signIn } from "../test.setup";

const NOW = Date.UTC(2026, 10, 22, 12, 30, 15);
const page = { paginationOpts: { numItems: 10, cursor: null } };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// Every public function in this folder, found by loading the modules, so a
// new one cannot be forgotten here: it fails below until it has sample args.
type Registered = { isQuery?: boolean; isMutation?: boolean; isAction?: boolean; isPublic?: boolean };
const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });
const publicFunctions = Object.entries(modules).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === "function" && (value as Registered).isPublic)
    .map(([name, value]) => ({
      module: path.slice(2, -3),
      name,
      kind: (value as Registered).isQuery ? "query" : (value as Registered).isMutation ? "mutation" : "action",
    })),
);

function sampleArgs(target: Id<"users">): Record<string, Record<string, unknown>> {
  return {
    "overview.get": {},
    "users.list": page,
    "users.setTier": { userId: target, tier: "pro" },
    "users.setDailyCap": { userId: target, capMicros: 2_000_000 },
    "audit.list": page,
    "failovers.recent": {},
    "timeline.get": { window: "hour" },
  };
}

async function call(
  t: Backend | ReturnType<Backend["withIdentity"]>,
  fn: (typeof publicFunctions)[number],
  args: Record<string, unknown>,
) {
  const path = `admin/${fn.module}:${fn.name}`;
  return fn.kind === "query"
    ? t.query(makeFunctionReference<"query", Record<string, unknown>>(path), args)
    : t.mutation(makeFunctionReference<"mutation", Record<string, unknown>>(path), args);
}

// Changes made by admins; sign-in's own role grants are audited too, and are not what these tests count.
const adminChanges = async (t: Backend) =>
  (await t.run((ctx) => ctx.db.query("auditLog").collect())).filter((e) => e.action.startsWith("set_"));

describe("every admin function checks the role on the server", () => {
  it("finds the admin functions, and has sample args for each", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    const names = publicFunctions.map((f) => `${f.module}.${f.name}`).sort();
    expect(names).toEqual(Object.keys(sampleArgs(user.userId)).sort());
    expect(publicFunctions.every((f) => f.kind !== "action")).toBe(true);
  });

  it.each(publicFunctions.map((f) => [`${f.module}.${f.name}`, f] as const))(
    "%s refuses anonymous callers and plain users, and lets an admin in",
    async (key, fn) => {
      const t = newBackend();
      const user = await signIn(t, { name: "plain" });
      const admin = await signIn(t, { name: "boss", role: "admin" });
      const args = sampleArgs(user.userId)[key]!;
      expect(
        codeOf(
          await call(t, fn, args).then(
            () => "no error",
            (e) => e,
          ),
        ),
      ).toBe("unauthenticated");
      expect(
        codeOf(
          await call(user, fn, args).then(
            () => "no error",
            (e) => e,
          ),
        ),
      ).toBe("forbidden");
      expect(await adminChanges(t)).toHaveLength(0);
      expect((await t.run((ctx) => ctx.db.get(user.userId)))?.tier).toBe("free");
      await call(admin, fn, args); // the same args are fine for an admin: the refusals above were about the role
    },
  );
});

describe("tier and cap changes", () => {
  it("set the user's tier and cap and write each change to the audit log", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "plain" });
    const admin = await signIn(t, { name: "boss", role: "admin" });
    await admin.mutation(api.admin.users.setTier, { userId: user.userId, tier: "pro" });
    await admin.mutation(api.admin.users.setTier, { userId: user.userId, tier: "pro" }); // no change, no entry
    vi.setSystemTime(NOW + 1);
    await admin.mutation(api.admin.users.setDailyCap, { userId: user.userId, capMicros: 2_500_000 });
    expect((await user.query(api.guardrails.usage.mine, {})).spend.capMicros).toBe(2_500_000);
    vi.setSystemTime(NOW + 2);
    await admin.mutation(api.admin.users.setDailyCap, { userId: user.userId, capMicros: null });
    expect((await user.query(api.guardrails.usage.mine, {})).spend.capMicros).toBe(1_000_000);

    const log = await admin.query(api.admin.audit.list, page);
    expect(
      log.page
        .filter((e) => e.action.startsWith("set_"))
        .map(({ action, before, after, at, actorId, targetId, actorName, targetName }) => ({
          action,
          before,
          after,
          at,
          actorId,
          targetId,
          actorName,
          targetName,
        })),
    ).toEqual([
      {
        action: "set_daily_cap",
        before: 2_500_000,
        after: null,
        at: NOW + 2,
        actorId: admin.userId,
        targetId: user.userId,
        actorName: "boss",
        targetName: "plain",
      },
      {
        action: "set_daily_cap",
        before: null,
        after: 2_500_000,
        at: NOW + 1,
        actorId: admin.userId,
        targetId: user.userId,
        actorName: "boss",
        targetName: "plain",
      },
      {
        action: "set_tier",
        before: "free",
        after: "pro",
        at: NOW,
        actorId: admin.userId,
        targetId: user.userId,
        actorName: "boss",
        targetName: "plain",
      },
    ]);
    // The admin's own entry is the role granted at sign-in (users/me.ts).
    expect(
      (await admin.query(api.admin.audit.list, { ...page, targetId: admin.userId })).page.map((e) => e.action),
    ).toEqual(["grant_admin"]);
    expect((await t.run((ctx) => ctx.db.get(user.userId)))?.tier).toBe("pro");
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 60])("refuses a cap of %s and records nothing", async (capMicros) => {
    const t = newBackend();
    const user = await signIn(t, { name: "plain" });
    const admin = await signIn(t, { name: "boss", role: "admin" });
    expect(
      codeOf(await admin.mutation(api.admin.users.setDailyCap, { userId: user.userId, capMicros }).catch((e) => e)),
    ).toBe("invalid_input");
    expect(await adminChanges(t)).toHaveLength(0);
  });
});

describe("user list", () => {
  it("pages through users without their token identifiers", async () => {
    const t = newBackend();
    const admin = await signIn(t, { name: "boss", role: "admin" });
    for (const name of ["a", "b", "c"]) await signIn(t, { name });
    const first = await admin.query(api.admin.users.list, { paginationOpts: { numItems: 3, cursor: null } });
    expect(first.page.map((u) => u.name)).toEqual(["c", "b", "a"]);
    expect(first.isDone).toBe(false);
    const rest = await admin.query(api.admin.users.list, {
      paginationOpts: { numItems: 3, cursor: first.continueCursor },
    });
    expect(rest.page.map((u) => u.name)).toEqual(["boss"]);
    expect(JSON.stringify([first, rest])).not.toContain("tokenIdentifier");
    expect(first.page[0]).toMatchObject({
      tier: "free",
      role: "user",
      dailyCapOverrideMicros: null,
      today: { spentMicros: 0, capMicros: 1_000_000 },
    });
  });
});

describe("overview", () => {
  it("shows per-model daily cost, top spenders from dailySpend, providers and the alert feed", async () => {
    const t = newBackend();
    const admin = await signIn(t, { name: "boss", role: "admin" });
    const big = await signIn(t, { name: "big" });
    const small = await signIn(t, { name: "small" });
    await finishReply(t, big.userId);
    await finishReply(t, big.userId);
    await finishReply(t, small.userId, { model: "openai/gpt-oss-20b" });
    await finishReply(t, small.userId, {
      ending: "failed",
      attempts: [{ provider: "groq", model: "openai/gpt-oss-20b", latencyMs: 3, errorClass: "server_error" }],
    });
    await t.run(async (ctx) => {
      for (let i = 0; i < 55; i++)
        await ctx.db.insert("alerts", {
          kind: "key_rejected",
          subject: `k${i}`,
          day: "2026-11-22",
          level: "error",
          message: `alert ${i}`,
        });
    });

    const overview = await admin.query(api.admin.overview.get, {});
    expect(overview.topSpendersToday.map((s) => [s.name, s.spentMicros, s.reservedMicros])).toEqual([
      ["big", 2760, 0],
      ["small", 375, 0],
    ]);
    expect(overview.perModelPerDay).toEqual([
      {
        day: "2026-11-22",
        provider: "groq",
        model: "llama-3.3-70b-versatile",
        replies: 2,
        promptTokens: 2000,
        completionTokens: 2000,
        costMicros: 2760,
      },
      {
        day: "2026-11-22",
        provider: "groq",
        model: "openai/gpt-oss-20b",
        replies: 2,
        promptTokens: 1000,
        completionTokens: 1000,
        costMicros: 375,
      },
    ]);
    expect(overview.lastHour).toMatchObject({ replies: 4, done: 3, failed: 1, failureRate: 0.25, successRate: 0.75 });
    expect(overview.errorPatterns).toEqual([{ errorClass: "server_error", count: 1 }]);
    expect(overview.providers.map((p) => [p.provider, p.breakerState, p.health])).toEqual([
      ["groq", "closed", 100],
      ["openrouter", "closed", 100],
    ]);
    expect(overview.queueLength).toBe(0);
    expect(overview.recentAlerts).toHaveLength(50);
    expect(overview.recentAlerts[0]?.message).toBe("alert 54");
    expect((await admin.query(api.alerts.feed.list, { limit: 3 })).map((a) => a.subject)).toEqual([
      "k54",
      "k53",
      "k52",
    ]);
  });
});

describe("failovers and the timeline", () => {
  const groqThenOpenRouter = [
    { provider: "groq", model: "openai/gpt-oss-20b", latencyMs: 5, errorClass: "server_error" },
    { provider: "openrouter", model: "qwen/qwen3-coder:free", latencyMs: 400 },
  ];

  it("lists failovers newest first with from → to, counts them, and leaves plain replies and retries out", async () => {
    const t = newBackend();
    const admin = await signIn(t, { name: "boss", role: "admin" });
    const user = await signIn(t, { name: "u" });
    await finishReply(t, user.userId); // one provider: not a failover
    await finishReply(t, user.userId, {
      attempts: [
        { provider: "groq", model: "m", latencyMs: 5, errorClass: "timeout" },
        { provider: "groq", model: "m", latencyMs: 5 },
      ],
    }); // a retry
    await finishReply(t, user.userId, {
      provider: "openrouter",
      model: "qwen/qwen3-coder:free",
      attempts: groqThenOpenRouter,
    });
    vi.setSystemTime(NOW + 1_000);
    await finishReply(t, user.userId, {
      ending: "failed",
      attempts: [...groqThenOpenRouter.slice(0, 1), { ...groqThenOpenRouter[1]!, errorClass: "server_error" }],
    });

    const failovers = await admin.query(api.admin.failovers.recent, {});
    expect(
      failovers.map(({ at, fromProvider, toProvider, model, outcome, errorClass }) => ({
        at,
        fromProvider,
        toProvider,
        model,
        outcome,
        errorClass,
      })),
    ).toEqual([
      {
        at: NOW + 1_000,
        fromProvider: "groq",
        toProvider: "openrouter",
        model: "qwen/qwen3-coder:free",
        outcome: "failed",
        errorClass: "server_error",
      },
      {
        at: NOW,
        fromProvider: "groq",
        toProvider: "openrouter",
        model: "qwen/qwen3-coder:free",
        outcome: "done",
        errorClass: null,
      },
    ]);
    expect(JSON.stringify(failovers)).not.toContain(user.userId);
    expect(await admin.query(api.admin.failovers.recent, { limit: 1 })).toHaveLength(1);
    expect(await admin.query(api.admin.failovers.recent, { limit: Number.NaN })).toHaveLength(2);
    const overview = await admin.query(api.admin.overview.get, {});
    expect([overview.lastHour.failovers, overview.lastDay.failovers]).toEqual([2, 2]);
  });

  it("gives 60 minute points for the last hour and 24 hour points for the last day, the current bucket last", async () => {
    const t = newBackend();
    const admin = await signIn(t, { name: "boss", role: "admin" });
    const user = await signIn(t, { name: "u" });
    vi.setSystemTime(NOW - 2 * 60_000);
    await finishReply(t, user.userId, { totalMs: 80 });
    vi.setSystemTime(NOW);
    await finishReply(t, user.userId, { provider: "openrouter", attempts: groqThenOpenRouter });
    await finishReply(t, user.userId, { ending: "failed", attempts: groqThenOpenRouter.slice(0, 1) });

    const hour = await admin.query(api.admin.timeline.get, { window: "hour" });
    expect(hour.points).toHaveLength(60);
    expect(hour.spanMs).toBe(60_000);
    expect(hour.points.at(-1)).toMatchObject({
      start: Date.UTC(2026, 10, 22, 12, 30),
      replies: 2,
      done: 1,
      failed: 1,
      failovers: 1,
    });
    expect(hour.points.at(-3)).toMatchObject({
      start: Date.UTC(2026, 10, 22, 12, 28),
      replies: 1,
      done: 1,
      latencyMs: { p50: 50 },
    });
    expect(hour.points.slice(0, -3).every((p) => p.replies === 0)).toBe(true);

    const day = await admin.query(api.admin.timeline.get, { window: "day" });
    expect(day.points).toHaveLength(24);
    expect(day.points.at(-1)).toMatchObject({ start: Date.UTC(2026, 10, 22, 12), replies: 3, failovers: 1 });
  });
});
