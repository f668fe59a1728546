import { describe, expect, it } from "vitest";
import { api, internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { CHAIRMAN_PROMPT_MARKER, RANKING_PROMPT_MARKER } from "../../rules/council-prompts";
import { costMicros, priceFor } from "../../rules/pricing";
import { codeOf, newBackend, signIn, type Backend } from "../test.setup";
import { createEventBatcher } from "./event-batcher";
import { runCouncil, type CouncilCall } from "./run-council";

const members = [
  { provider: "groq", model: "openai/gpt-oss-20b" },
  { provider: "openrouter", model: "qwen/qwen3-coder:free" },
  { provider: "groq", model: "llama-3.3-70b-versatile" },
];
const chairmen = [{ provider: "groq", model: "openai/gpt-oss-120b" }];
const usage = { promptTokens: 1000, completionTokens: 200, estimated: false };

async function setUp(t: Backend, name = "councillor") {
  const user = await signIn(t, { name, tier: "pro" });
  const messageId = await t.run(async (ctx) => {
    const conversationId = await ctx.db.insert("conversations", {
      ownerId: user.userId,
      title: "council",
      updatedAt: Date.now(),
    });
    return ctx.db.insert("messages", {
      conversationId,
      ownerId: user.userId,
      role: "assistant",
      content: "",
      status: "streaming",
    });
  });
  const runId = await t.mutation(internal.council.progress.create, { messageId, members });
  return { user, messageId, runId };
}

/** runCouncil with fake model calls, its events written through the batcher into the real mutations. */
async function runThroughDatabase(
  t: Backend,
  runId: Id<"councilRuns">,
  hooks: { failChair?: boolean; beforeChair?: () => Promise<void> } = {},
) {
  const stopper = new AbortController();
  const batcher = createEventBatcher({
    write: (events) => t.mutation(internal.council.progress.applyEvents, { runId, events }),
    onStopped: () => stopper.abort(),
    intervalMs: 250,
    now: Date.now,
    schedule: (run, ms) => void setTimeout(run, ms),
  });
  const result = await runCouncil({
    members,
    chairmen,
    turns: [{ role: "user", content: "Which database?" }],
    signal: stopper.signal,
    random: () => 0.999,
    onEvent: batcher.push,
    callModel: async (call: CouncilCall, turns, onText, signal) => {
      const prompt = turns.at(-1)!.content;
      if (call.stage === "chair" && hooks.beforeChair) {
        await hooks.beforeChair();
        // A model streaming: the batched writes learn of the stop and abort the signal.
        for (let chunk = 1; chunk <= 10 && !signal.aborted; chunk++) {
          await onText("Use".repeat(chunk));
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
      }
      if (signal.aborted) return { kind: "stopped", usage: { ...usage, estimated: true } };
      if (call.stage === "chair" && hooks.failChair) return { kind: "failed", reason: "503" };
      const text = prompt.startsWith(RANKING_PROMPT_MARKER)
        ? "ok\nFINAL RANKING:\n1. Response B\n2. Response A\n3. Response C"
        : prompt.startsWith(CHAIRMAN_PROMPT_MARKER)
          ? "Use Postgres."
          : `answer number ${call.member}`;
      await onText(text.slice(0, 4));
      return { kind: "done", text, usage, target: call.target };
    },
  });
  await batcher.flush();
  return result;
}

describe("council runs in the database", () => {
  it("records every stage; the owner sees no model or label map until the run ends, then all of them", async () => {
    const t = newBackend();
    const { user, messageId, runId } = await setUp(t);
    const result = await runThroughDatabase(t, runId);
    expect(result.kind).toBe("done");

    const during = (await user.query(api.council.runs.forMessage, { messageId }))!;
    expect(during).toMatchObject({
      status: "running",
      stage: "chair",
      labels: null,
      chairman: null,
      finalText: "Use Postgres.",
    });
    expect(
      during.members.every((m) => m.model === null && m.answerStatus === "done" && m.reviewStatus === "done"),
    ).toBe(true);
    expect(JSON.stringify(during)).not.toMatch(/gpt-oss|qwen|llama|groq|openrouter/);
    expect(during.aggregate!.map((e) => e.label)).toEqual(["Response B", "Response A", "Response C"]);

    await t.mutation(internal.council.progress.finish, {
      runId,
      status: "done",
      finalText: "Use Postgres.",
      chairman: chairmen[0],
    });
    const after = (await user.query(api.council.runs.forMessage, { messageId }))!;
    expect(after.status).toBe("done");
    expect(after.chairman).toEqual(chairmen[0]);
    expect(after.members.map((m) => m.model)).toEqual(members);
    expect(after.labels).toEqual([
      { label: "Response A", member: 0, model: members[0] },
      { label: "Response B", member: 1, model: members[1] },
      { label: "Response C", member: 2, model: members[2] },
    ]);
  });

  it("keeps each of the 2N+1 calls' usage priced at its model, for its own settlement", async () => {
    const t = newBackend();
    const { runId } = await setUp(t);
    await runThroughDatabase(t, runId);
    const run = (await t.run((ctx) => ctx.db.get(runId)))!;
    expect(run.calls).toHaveLength(7);
    for (const call of run.calls) expect(call.costMicros).toBe(costMicros(priceFor(call.provider, call.model), usage));
    expect(run.calls.filter((c) => c.stage === "chair")).toEqual([expect.objectContaining(chairmen[0])]);
  });

  it("a chairman that fails is recorded, and the run says which fell back", async () => {
    const t = newBackend();
    const { user, messageId, runId } = await setUp(t);
    expect(await runThroughDatabase(t, runId, { failChair: true })).toMatchObject({ kind: "degraded" });
    const view = (await user.query(api.council.runs.forMessage, { messageId }))!;
    expect(view.chairmanFallbacks).toBe(1);
  });

  it("the chat's Stop (message marked stopped) stops the council at its next write; the stopped call's usage is still kept", async () => {
    const t = newBackend();
    const { messageId, runId } = await setUp(t);
    const stopMessage = () => t.run(async (ctx) => void (await ctx.db.patch(messageId, { status: "stopped" })));
    const result = await runThroughDatabase(t, runId, { beforeChair: stopMessage });
    expect(result).toEqual({ kind: "stopped", stage: "chair" });
    const run = (await t.run((ctx) => ctx.db.get(runId)))!;
    expect(run.status).toBe("stopped");
    expect(run.finalText).toBe("");
    expect(run.calls.filter((c) => c.stage === "chair").map((c) => c.usage.estimated)).toEqual([true]);
  });

  it("stop: later writes are refused (the action is told) but still record what the calls used", async () => {
    const t = newBackend();
    const { messageId, runId } = await setUp(t);
    await t.mutation(internal.council.progress.stop, { messageId });
    const call = { stage: "answer" as const, member: 0, target: members[0]! };
    const reply = await t.mutation(internal.council.progress.applyEvents, {
      runId,
      events: [
        { type: "text", call, text: "late words" },
        { type: "usage", call, usage, target: members[0]! },
      ],
    });
    expect(reply).toEqual({ stopped: true });
    const run = (await t.run((ctx) => ctx.db.get(runId)))!;
    expect(run).toMatchObject({
      status: "stopped",
      members: [expect.objectContaining({ answer: "", answerStatus: "waiting" }), expect.anything(), expect.anything()],
    });
    expect(run.calls).toEqual([expect.objectContaining({ stage: "answer", member: 0, usage })]);
    await t.mutation(internal.council.progress.finish, { runId, status: "done", finalText: "too late" });
    expect((await t.run((ctx) => ctx.db.get(runId)))!.status).toBe("stopped");
  });

  it("another user's message: not found, whether or not it has a run", async () => {
    const t = newBackend();
    const { messageId } = await setUp(t);
    const stranger = await signIn(t, { name: "stranger", tier: "pro" });
    await expect(stranger.query(api.council.runs.forMessage, { messageId })).rejects.toSatisfy(
      (e) => codeOf(e) === "not_found",
    );
  });

  it("signed out: refused", async () => {
    const t = newBackend();
    const { messageId } = await setUp(t);
    await expect(t.query(api.council.runs.forMessage, { messageId })).rejects.toSatisfy(
      (e) => codeOf(e) === "unauthenticated",
    );
  });

  it("a run whose action died shows as ended once the stale-hold sweep fails the reply (never stuck 'running'), with its members named", async () => {
    const t = newBackend();
    const { user, messageId } = await setUp(t, "orphan");
    const live = await user.query(api.council.runs.forMessage, { messageId });
    expect([live?.status, live?.members[0]?.model]).toEqual(["running", null]);
    await t.run((ctx) => ctx.db.patch(messageId, { status: "failed" })); // what the sweep does to the reply
    const shown = await user.query(api.council.runs.forMessage, { messageId });
    expect([shown?.status, shown?.members[0]?.model]).toEqual(["failed", members[0]]);
  });

  it("a finished run is not reopened by a late finish", async () => {
    const t = newBackend();
    const { runId } = await setUp(t);
    await t.mutation(internal.council.progress.finish, { runId, status: "failed", finalText: "" });
    await t.mutation(internal.council.progress.finish, { runId, status: "done", finalText: "late" });
    expect((await t.run((ctx) => ctx.db.get(runId)))!).toMatchObject({ status: "failed", finalText: "" });
  });
});
