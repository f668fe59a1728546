import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { api } from "../_generated/api";
import { newBackend, settle, signIn } from "../test.setup";
import { MAX_STREAM_CHARS } from "../../rules/code-execution";
import type { RunningE2bServer } from "../../scripts/harness/e2b-server/server";
import { clearE2bEnv, fence, replyWith, spendOf, startE2b } from "./stand-in.test-helpers";

// The real SDK in the real action, against the local E2B stand-in.
let e2b: RunningE2bServer;
beforeAll(async () => void (e2b = await startE2b()));
afterAll(async () => {
  await e2b.close();
  clearE2bEnv();
});
beforeEach(() => {
  e2b.sandboxes.expire();
  delete process.env.E2B_RUN_TIMEOUT_MS;
});

async function setUp(content: string, name = "coder") {
  const t = newBackend();
  const user = await signIn(t, { name, tier: "enterprise" });
  const { messageId, conversationId } = await replyWith(t, user.userId, content);
  const run = async (blockIndex = 0) => {
    await user.mutation(api.code.runs.start, { messageId, blockIndex });
    await settle(t);
    return (await user.query(api.code.runs.forMessage, { messageId })).runs.find((r) => r.blockIndex === blockIndex)!;
  };
  const sandboxRow = () =>
    t.run((ctx) =>
      ctx.db
        .query("codeSandboxes")
        .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
        .unique(),
    );
  return { t, user, messageId, run, sandboxRow };
}

describe("running a reply's code block in E2B", { timeout: 30_000 }, () => {
  it("runs the stored block and keeps stdout, hash, duration and cost; the hold settles to the cost", async () => {
    const { t, user, messageId, run } = await setUp(
      `Try:\n\n${fence("bash", "ls")}\n\nand\n\n${fence("python", 'print("hi from python")')}`,
    );
    const result = await run(1);
    const listed = await user.query(api.code.runs.forMessage, { messageId });
    expect(listed).toMatchObject({ blockCount: 2, runnable: [{ index: 1, language: "python" }] });
    expect(result).toMatchObject({ status: "done", language: "python", stdout: "hi from python\n", stderr: "" });
    expect(result.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.durationMs).toBeGreaterThan(0);
    expect(result.costMicros).toBeGreaterThan(0);
    expect(await spendOf(t, user.userId)).toMatchObject({ spentMicros: result.costMicros, reservedMicros: 0 });
    expect(JSON.stringify(result)).not.toContain(e2b.apiKey);
  });

  it("reuses the conversation's sandbox and renews its timeout; overlapping time is not paid twice", async () => {
    const { run, sandboxRow } = await setUp(fence("py", "print(1)"));
    const first = await run();
    const firstSandbox = await sandboxRow();
    const second = await run();
    const secondSandbox = await sandboxRow();
    expect(secondSandbox!.sandboxId).toBe(firstSandbox!.sandboxId);
    expect(e2b.sandboxes.list()).toHaveLength(1);
    expect(e2b.sandboxes.get(firstSandbox!.sandboxId)!.endAt).toBeGreaterThan(Date.now() + 100_000);
    expect(secondSandbox!.paidUntil).toBeGreaterThan(firstSandbox!.paidUntil);
    expect(second.costMicros!).toBeLessThan(first.costMicros!);
  });

  it("creates the sandbox again when it has gone before its timeout ('sandbox not found')", async () => {
    const { run, sandboxRow } = await setUp(fence("python", "print(2)"));
    await run();
    const before = await sandboxRow();
    expect(e2b.sandboxes.expire()).toBe(1);
    const again = await run();
    expect(again).toMatchObject({ status: "done", stdout: "2\n" });
    expect((await sandboxRow())!.sandboxId).not.toBe(before!.sandboxId);
  });

  it("runs in a new sandbox when the reused one vanishes between connecting and running", async () => {
    const { run, sandboxRow } = await setUp(fence("python", "print(3)"));
    await run();
    const before = await sandboxRow();
    await fetch(`${e2b.url}/__control/vanish-on-next-execute`, { method: "POST" });
    const again = await run();
    expect(again).toMatchObject({ status: "done", stdout: "3\n" });
    expect((await sandboxRow())!.sandboxId).not.toBe(before!.sandboxId);
    expect(e2b.sandboxes.list().map((s) => s.id)).toEqual([(await sandboxRow())!.sandboxId]);
  });

  it("stops an infinite loop at the per-run timeout, kills the sandbox and says so", async () => {
    process.env.E2B_RUN_TIMEOUT_MS = "1000";
    const { run, sandboxRow } = await setUp(fence("python", 'print("looping", flush=True)\nwhile True:\n    pass'));
    const result = await run();
    expect(result.status).toBe("timeout");
    expect(result.failure).toBe("Stopped after 1 s: the time limit for one run.");
    expect(result.stdout).toBe("looping\n");
    expect(await sandboxRow()).toBeNull();
    expect(e2b.sandboxes.list()).toHaveLength(0);
  });

  it("keeps an exception's name, value and traceback", async () => {
    const { run } = await setUp(fence("python", "def f():\n    raise ValueError('bad value')\nf()"));
    const result = await run();
    expect(result.status).toBe("done");
    expect(result.error).toMatchObject({ name: "ValueError", value: "bad value" });
    expect(result.error!.traceback).toMatch(/line 2, in f/);
  });

  it("truncates stdout at the cap and says so", async () => {
    const { run } = await setUp(fence("javascript", `for (let i = 0; i < 2000; i++) console.log("0123456789");`));
    const result = await run();
    expect(result.stdout.length).toBe(MAX_STREAM_CHARS);
    expect(result.stdoutTruncated).toBe(true);
    expect(result.stderrTruncated).toBe(false);
  });

  it("keeps image results as base64 and html as text", async () => {
    const code =
      'import json\nprint("__E2B_RESULT__ " + json.dumps({"png": "iVBORw0KGgo="}))\nprint("__E2B_RESULT__ " + json.dumps({"html": "<b>x</b>"}))';
    const { run } = await setUp(fence("python", code));
    expect((await run()).results).toEqual([
      { format: "png", data: "iVBORw0KGgo=" },
      { format: "html", data: "<b>x</b>" },
    ]);
  });
});
