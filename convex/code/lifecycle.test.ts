import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, internal } from "../_generated/api";
import { newBackend, settle, signIn } from "../test.setup";
import type { RunningE2bServer } from "../../scripts/harness/e2b-server/server";
import { clearE2bEnv, fence, replyWith, runsOf, spendOf, startE2b } from "./stand-in.test-helpers";

let e2b: RunningE2bServer;
beforeAll(async () => void (e2b = await startE2b()));
afterAll(async () => {
  await e2b.close();
  clearE2bEnv();
});

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe("a run's hold is settled exactly once", { timeout: 30_000 }, () => {
  it("the watchdog gives back a stuck run's hold; the run's late finish then changes nothing", async () => {
    process.env.E2B_RUN_TIMEOUT_MS = "1500";
    const t = newBackend();
    const user = await signIn(t, { name: "stuck", tier: "pro" });
    const { messageId } = await replyWith(
      t,
      user.userId,
      fence("python", "print('started', flush=True)\nwhile True:\n    pass"),
    );
    const runId = await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 });
    expect((await spendOf(t, user.userId))!.reservedMicros).toBeGreaterThan(0);
    // The action is running the code (its first output is stored) when the watchdog fires.
    await until(async () => (await runsOf(t, messageId))[0]?.stdout === "started\n");
    expect((await runsOf(t, messageId))[0]!.stdout).toBe("started\n");
    await t.mutation(internal.code.progress.abandon, { runId });
    expect(await spendOf(t, user.userId)).toMatchObject({ reservedMicros: 0, spentMicros: 0 });
    await settle(t); // the action times out and tries to finish
    const [run] = await runsOf(t, messageId);
    expect(run).toMatchObject({ status: "failed", failure: "This run stopped answering. Try again." });
    expect(await spendOf(t, user.userId)).toMatchObject({ reservedMicros: 0, spentMicros: 0 });
    delete process.env.E2B_RUN_TIMEOUT_MS;
  });
});

describe("deleting a conversation", { timeout: 30_000 }, () => {
  it("deletes its runs and kills its sandbox", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "tidy", tier: "pro" });
    const { messageId, conversationId } = await replyWith(t, user.userId, fence("python", "print(1)"));
    await user.mutation(api.code.runs.start, { messageId, blockIndex: 0 });
    await settle(t);
    const sandboxId = (await t.run((ctx) => ctx.db.query("codeSandboxes").first()))!.sandboxId;
    expect(e2b.sandboxes.get(sandboxId)).toBeDefined();
    await user.mutation(api.chat.conversations.remove, { conversationId });
    await settle(t);
    await until(async () => !e2b.sandboxes.get(sandboxId));
    expect(e2b.sandboxes.get(sandboxId)).toBeUndefined();
    expect(await runsOf(t, messageId)).toHaveLength(0);
    expect(await t.run((ctx) => ctx.db.query("codeSandboxes").collect())).toHaveLength(0);
  });
});
