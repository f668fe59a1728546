import { v } from "convex/values";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { internalAction, type ActionCtx } from "../_generated/server";
import { fitsInHold } from "../../rules/council";
import { chargeOf, type ChargedCall } from "../../rules/pricing";
import { deploymentKeyConfig, deploymentKeys } from "../chat/key-gates";
import { estimatePromptTokens, type CallReport } from "../providers/failover-call";
import { streamFor, type ChatTurn } from "../providers/seam";
import { resilienceConfig } from "../providers/settings";
import { callThroughPipeline } from "./call-through-pipeline";
import { createEventBatcher } from "./event-batcher";
import { runCouncil, type CouncilCall, type CouncilEvent, type CouncilResult } from "./run-council";
import { councilModel } from "./tables";

const WRITE_INTERVAL_MS = 250; // ≤ 4 writes a second, however many members stream

/**
 * Runs one council for a pending reply. Billing: ONE hold for the whole
 * council attempt (taken by the send, opened here by `generation.start`),
 * settled exactly once by `chat.ending.finish` with the sum of every call's
 * cost — every stage, failed and stopped calls included — so a stop or a
 * failure charges what was produced and leaves no hold.
 */
export const run = internalAction({
  args: { messageId: v.id("messages"), runId: v.id("councilRuns"), chairmen: v.array(councilModel) },
  handler: async (ctx, { messageId, runId, chairmen }): Promise<void> => {
    // Its turn in the provider queue first, like any reply.
    const turn = await ctx.runMutation(internal.council.turn.claim, { messageId });
    if (turn.kind === "wait")
      return void (await ctx.scheduler.runAt(turn.retryAt, internal.council.generate.run, {
        messageId,
        runId,
        chairmen,
      }));
    const job = turn.kind === "go" ? await ctx.runQuery(internal.chat["reply-state"].load, { messageId }) : null;
    const attemptId =
      job &&
      (await ctx.runMutation(internal.chat["reply-state"].start, {
        messageId,
        promptTokens: estimatePromptTokens(job.turns),
      }));
    const members = await ctx.runQuery(internal.council.progress.membersOf, { runId });
    if (!job || !attemptId || !members)
      return void (await ctx.runMutation(internal.council.progress.finish, {
        runId,
        status: "stopped",
        finalText: "",
      }));
    const calls: ChargedCall[] = [];
    try {
      const result = await convene(ctx, {
        runId,
        calls,
        members,
        chairmen,
        turns: job.turns,
        maxTokens: job.maxTokens,
        heldMicros: turn.kind === "go" ? turn.heldMicros : 0,
      });
      await end(ctx, { runId, attemptId, calls }, result);
    } catch (error) {
      console.error(JSON.stringify({ event: "council_crashed", messageId, error: String(error).slice(0, 200) }));
      await end(
        ctx,
        { runId, attemptId, calls },
        {
          kind: "failed",
          reason: "Something went wrong while the council worked. Your message is saved — retry in a moment.",
        },
      );
    }
  },
});

type Convening = {
  runId: Id<"councilRuns">;
  calls: ChargedCall[];
  members: { provider: string; model: string }[];
  chairmen: { provider: string; model: string }[];
  turns: Parameters<typeof runCouncil>[0]["turns"];
  maxTokens: number;
  heldMicros: number;
};

async function convene(ctx: ActionCtx, c: Convening): Promise<CouncilResult> {
  const stopper = new AbortController();
  const batcher = createEventBatcher({
    write: (events) => ctx.runMutation(internal.council.progress.applyEvents, { runId: c.runId, events }),
    onStopped: () => stopper.abort(),
    intervalMs: WRITE_INTERVAL_MS,
    now: Date.now,
    schedule: (f, ms) => void setTimeout(f, ms),
  });
  let spentMicros = 0;
  const onEvent = (event: CouncilEvent) => {
    // Every call that used anything is charged, at the model that answered.
    if (event.type === "usage") {
      const charged = { provider: event.target.provider, model: event.target.model, usage: event.usage };
      c.calls.push(charged);
      spentMicros += chargeOf([charged]).costMicros;
    }
    return batcher.push(event);
  };
  // A chairman (or its fallback) starts only while what is left of the hold covers its worst case.
  const mayCall = (call: CouncilCall, turns: ChatTurn[]) =>
    call.stage !== "chair" ||
    fitsInHold({
      heldMicros: c.heldMicros,
      spentMicros,
      target: call.target,
      promptTokens: estimatePromptTokens(turns),
      maxTokens: c.maxTokens,
    });
  const result = await runCouncil({
    members: c.members,
    chairmen: c.chairmen,
    turns: c.turns,
    signal: stopper.signal,
    random: Math.random,
    onEvent,
    mayCall,
    callModel: callThroughPipeline({
      config: resilienceConfig(),
      maxTokens: c.maxTokens,
      streamFor,
      admit: deploymentKeys(ctx, { keys: deploymentKeyConfig() }),
      report: async (report: CallReport) => void (await ctx.runMutation(internal.providers.gate.report, report)),
      now: Date.now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
    }),
  });
  await batcher.flush();
  return result;
}

async function end(
  ctx: ActionCtx,
  a: { runId: Id<"councilRuns">; attemptId: Id<"holds">; calls: ChargedCall[] },
  result: CouncilResult,
) {
  const ending = { attemptId: a.attemptId, attempts: [], calls: a.calls };
  if (result.kind === "done" || result.kind === "degraded") {
    const by = result.kind === "done" ? result.chairman : result.by;
    await ctx.runMutation(internal.council.progress.finish, {
      runId: a.runId,
      status: result.kind,
      finalText: result.text,
      chairman: result.kind === "done" ? by : undefined,
      note: result.kind === "degraded" ? result.note : undefined,
    });
    return void (await ctx.runMutation(internal.chat.ending.finish, {
      ...ending,
      outcome: "done",
      content: result.text,
      provider: by.provider,
      model: by.model,
    }));
  }
  const reason = result.kind === "failed" ? result.reason : undefined;
  await ctx.runMutation(internal.council.progress.finish, {
    runId: a.runId,
    status: result.kind,
    finalText: "",
    note: reason,
  });
  await ctx.runMutation(internal.chat.ending.finish, { ...ending, outcome: result.kind, reason });
}
