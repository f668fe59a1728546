import { v } from "convex/values";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { internalAction, type ActionCtx } from "../_generated/server";
import type { ChargedCall } from "../../rules/pricing";
import { estimatePromptTokens, generateReply, type Admission, type CallReport } from "../providers/generate-reply";
import { configuredKeys, notConfiguredReason } from "../providers/keys";
import type { ProviderName } from "../providers/resilience/provider-name";
import { streamFor, type ChatTurn } from "../providers/seam";
import { resilienceConfig } from "../providers/settings";
import { createBatchedWriter } from "./batched-writer";

const WRITE_INTERVAL_MS = 250; // at most 4 writes a second while streaming

/**
 * Generates one assistant reply: waits its turn in the provider queue,
 * starts an attempt (which owns the reply's hold), streams through the
 * failover chain with batched writes, then settles the hold with what every
 * provider call cost. Thin: the logic is in generateReply.
 */
export const run = internalAction({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }): Promise<void> => {
    const job = await ctx.runQuery(internal.chat.generation.load, { messageId });
    if (!job || job.status !== "pending") return void (await ctx.runMutation(internal.providers.queue.leave, { messageId }));
    const turn = await ctx.runMutation(internal.providers.queue.claimTurn, { messageId });
    if (!turn.go) return void (await ctx.scheduler.runAt(turn.retryAt, internal.chat.generate.run, { messageId }));
    await startAndGenerate(ctx, messageId, job, "deployment");
  },
});

/** The user's own key for one request, or the deployment's keys (pool, breaker, budget). */
export type KeySource = "deployment" | { provider: ProviderName; apiKey: string };
type Job = { turns: ChatTurn[]; maxTokens: number };
type Attempt = { messageId: Id<"messages">; attemptId: Id<"holds">; calls: ChargedCall[] };

/** Starts an attempt (null when the reply was stopped or deleted first) and generates it. */
export async function startAndGenerate(ctx: ActionCtx, messageId: Id<"messages">, job: Job, keys: KeySource) {
  const attemptId = await ctx.runMutation(internal.chat.generation.start, { messageId, promptTokens: estimatePromptTokens(job.turns) });
  if (attemptId) await generateSafely(ctx, { messageId, attemptId, calls: [] }, job, keys);
}

async function generateSafely(ctx: ActionCtx, attempt: Attempt, job: Job, keys: KeySource) {
  try {
    await streamReply(ctx, attempt, job, keys);
  } catch (error) {
    // Never leave a reply streaming forever: a bug here still ends as "failed", and pays for the calls made.
    console.error(JSON.stringify({ event: "generation_crashed", messageId: attempt.messageId, error: String(error).slice(0, 200) }));
    const reason = "Something went wrong while generating this reply. Your message is saved — retry in a moment.";
    await ctx.runMutation(internal.chat.ending.finish, { attemptId: attempt.attemptId, outcome: "failed", reason, attempts: [], calls: attempt.calls });
  }
}

const ids = ({ messageId, attemptId }: Attempt) => ({ messageId, attemptId });

function deploymentKeys(ctx: ActionCtx) {
  const keys = { groq: configuredKeys("groq"), openrouter: configuredKeys("openrouter") };
  return async (provider: ProviderName): Promise<Admission> => {
    const decision = await ctx.runMutation(internal.providers.gate.admit, { provider, keyIds: keys[provider].keyIds });
    if (!("keyId" in decision) || !decision.keyId) return { unavailable: decision.unavailable ?? "unavailable" };
    return { apiKey: keys[provider].valueOf(decision.keyId)!, keyId: decision.keyId, baseURL: keys[provider].baseURL };
  };
}

/**
 * A user's own key never touches the deployment's state: no breaker, key
 * pool, provider budget, health or alerts (its failures are not the
 * provider's, and a bad key must not close an open breaker or page anyone).
 */
function ownKeyGate(own: { provider: ProviderName; apiKey: string }) {
  return {
    admit: async (): Promise<Admission> => ({ apiKey: own.apiKey, keyId: "own-key", baseURL: configuredKeys(own.provider).baseURL }),
    report: async (_report: CallReport) => {},
  };
}

async function streamReply(ctx: ActionCtx, attempt: Attempt, job: Job, keys: KeySource) {
  const stopper = new AbortController();
  const config = resilienceConfig();
  const own = keys === "deployment" ? undefined : keys;
  const gate = own
    ? ownKeyGate(own)
    : { admit: deploymentKeys(ctx), report: async (report: CallReport) => void (await ctx.runMutation(internal.providers.gate.report, report)) };
  let target = { provider: "", model: "" };
  const save = createBatchedWriter(
    async (content) => {
      const { stopped } = await ctx.runMutation(internal.chat.generation.saveProgress, { ...ids(attempt), content, ...target });
      if (stopped) stopper.abort();
      return stopped ? "stop" : "continue";
    },
    WRITE_INTERVAL_MS,
    Date.now,
  );

  const outcome = await generateReply({
    config: own ? { ...config, failoverChain: config.failoverChain.filter((t) => t.provider === own.provider).slice(0, 1) } : config,
    turns: job.turns,
    maxTokens: job.maxTokens,
    streamFor,
    ...gate,
    onText: (text, current) => {
      target = current;
      return save(text);
    },
    onCharge: (call) => void attempt.calls.push(call),
    signal: stopper.signal,
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
  });

  const ending = { attemptId: attempt.attemptId, attempts: outcome.attempts, calls: attempt.calls };
  if (outcome.kind === "done") {
    return void await ctx.runMutation(internal.chat.ending.finish, { ...ending, outcome: "done", content: outcome.text, ...outcome.target });
  }
  const reason = outcome.kind === "failed" && outcome.attempts.every((a) => a.errorClass === "not_configured")
    ? `No AI provider is configured. ${notConfiguredReason("groq")}`
    : outcome.kind === "failed" ? outcome.reason : undefined;
  await ctx.runMutation(internal.chat.ending.finish, { ...ending, outcome: outcome.kind, reason });
}
