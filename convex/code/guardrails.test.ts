import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { api } from "../_generated/api";
import { codeOf, newBackend, settle, signIn } from "../test.setup";
import { codeExecutionByTier, runHoldMicros, DEFAULT_RUN_TIMEOUT_MS } from "../../rules/code-execution";
import type { RunningE2bServer } from "../../scripts/harness/e2b-server/server";
import { clearE2bEnv, fence, replyWith, runsOf, spendOf, startE2b } from "./stand-in.test-helpers";

let e2b: RunningE2bServer;
beforeAll(async () => void (e2b = await startE2b()));
afterAll(async () => {
  await e2b.close();
  clearE2bEnv();
});
afterEach(() => {
  vi.useRealTimers();
  process.env.E2B_API_KEY = e2b.apiKey;
});

const PY = fence("python", "print(1)");

describe("code run guardrails", { timeout: 30_000 }, () => {
  it("refuses a free user's 4th run in a minute and stores nothing for it", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "quick", tier: "free" });
    const replies = await Promise.all(Array.from({ length: 4 }, () => replyWith(t, user.userId, PY)));
    for (const { messageId } of replies.slice(0, 3))
      await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 });
    const refusal = await user
      .mutation(api.code.runs.start, { messageId: replies[3]!.messageId, blockIndex: 0 })
      .catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe("code_execution_rate_limited");
    expect(await runsOf(t, replies[3]!.messageId)).toHaveLength(0);
    await settle(t);
  });

  it("refuses past the tier's daily quota, across minutes, until midnight UTC", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 10, 30, 10, 0, 0));
    const t = newBackend();
    const user = await signIn(t, { name: "daily", tier: "free" });
    const { runsPerDay, runsPerMinute } = codeExecutionByTier.free;
    for (let i = 0; i < runsPerDay; i++) {
      if (i > 0 && i % runsPerMinute === 0) {
        await settle(t); // runs end before the clock jumps, so their sandbox time stays real
        vi.setSystemTime(Date.now() + 60_000);
      }
      const { messageId } = await replyWith(t, user.userId, PY);
      await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 });
    }
    await settle(t);
    vi.setSystemTime(Date.now() + 60_000);
    const { messageId } = await replyWith(t, user.userId, PY);
    const refusal = await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 }).catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe("code_execution_quota");
    vi.setSystemTime(Date.UTC(2026, 11, 1, 0, 0, 1));
    await expect(user.mutation(api.code.runs.start, { messageId, blockIndex: 0 })).resolves.toBeDefined();
    await settle(t);
  });

  it("refuses when the run's hold does not fit the daily cost cap, consuming no run", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "broke", tier: "free" });
    await t.run((ctx) =>
      ctx.db.patch(user.userId, { dailyCapOverrideMicros: runHoldMicros(DEFAULT_RUN_TIMEOUT_MS) - 1 }),
    );
    const { messageId } = await replyWith(t, user.userId, PY);
    for (let i = 0; i < 5; i++) {
      const refusal = await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 }).catch((e: unknown) => e);
      expect(codeOf(refusal)).toBe("daily_cost_cap");
    }
    expect(await runsOf(t, messageId)).toHaveLength(0);
    expect(await spendOf(t, user.userId)).toBeFalsy();
    // Refusals took nothing from the minute's runs: with the cap back, a run starts.
    await t.run((ctx) => ctx.db.patch(user.userId, { dailyCapOverrideMicros: undefined }));
    await expect(user.mutation(api.code.runs.start, { messageId, blockIndex: 0 })).resolves.toBeDefined();
    await settle(t);
  });

  it("runs one block at a time per conversation", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "twice", tier: "pro" });
    const { messageId } = await replyWith(t, user.userId, PY);
    await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 });
    const refusal = await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 }).catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe("code_execution_busy");
    await settle(t);
  });

  it("runs only the stored reply's code: never client text, another user's reply, or a block we don't run", async () => {
    const t = newBackend();
    const owner = await signIn(t, { name: "owner" });
    const other = await signIn(t, { name: "other" });
    const { messageId } = await replyWith(
      t,
      owner.userId,
      `${fence("bash", "rm -rf /")}\n\n${fence("python", "x".repeat(20_001))}\n\n    indented = 1`,
    );
    const codeOfCall = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e: unknown) => codeOf(e) ?? String(e),
      );
    await expect(
      codeOfCall(owner.mutation(api.code.runs.start, { messageId, blockIndex: 0, code: "print(1)" } as never)),
    ).resolves.toMatch(/validator|extra field|code/i);
    await expect(codeOfCall(other.mutation(api.code.runs.start, { messageId, blockIndex: 1 }))).resolves.toBe(
      "not_found",
    );
    for (const blockIndex of [0, 1, 2, 3, -1, 0.5]) {
      await expect(codeOfCall(owner.mutation(api.code.runs.start, { messageId, blockIndex }))).resolves.toBe(
        "invalid_input",
      );
    }
    expect(await runsOf(t, messageId)).toHaveLength(0);
  });

  it("without E2B_API_KEY: the query says off (and never carries the key) and runs are refused", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "nokey" });
    const on = await user.query(api.code.runs.enabled, {});
    expect(on.enabled).toBe(true);
    expect(JSON.stringify(on)).not.toContain(e2b.apiKey);
    delete process.env.E2B_API_KEY;
    expect((await user.query(api.code.runs.enabled, {})).enabled).toBe(false);
    const { messageId } = await replyWith(t, user.userId, PY);
    const refusal = await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 }).catch((e: unknown) => e);
    expect(codeOf(refusal)).toBe("code_execution_disabled");
  });
});
