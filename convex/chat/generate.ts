import { v } from "convex/values";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { internalAction, type ActionCtx } from "../_generated/server";
import { generateReply, type Admission } from "../providers/generate-reply";
import { configuredKeys, notConfiguredReason } from "../providers/keys";
import type { ProviderName } from "../providers/resilience/provider-name";
import { streamFor, type ChatTurn } from "../providers/seam";
import { resilienceConfig } from "../providers/settings";
import { createBatchedWriter } from "./batched-writer";

const WRITE_INTERVAL_MS = 250; // at most 4 writes a second while streaming

/**
 * Generates one assistant reply: waits its turn in the provider queue,
 * streams through the failover chain with batched writes, then settles
 * (or releases) the cost held for it. Thin: the logic is in generateReply.
 */
export const run = internalAction({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }): Promise<void> => {
    const job = await ctx.runQuery(internal.chat.generation.load, { messageId });
    if (!job || job.status !== "pending") return void (await ctx.runMutation(internal.providers.queue.leave, { messageId }));
    const turn = await ctx.runMutation(internal.providers.queue.claimTurn, { messageId });
    if (!turn.go) return void (await ctx.scheduler.runAt(turn.retryAt, internal.chat.generate.run, { messageId }));
    if (!(await ctx.runMutation(internal.chat.generation.start, { messageId }))) return;
    await generateSafely(ctx, messageId, job, "deployment");
  },
});

/** The user's own key for one request, or the deployment's keys (pool, breaker, budget). */
export type KeySource = "deployment" | { provider: ProviderName; apiKey: string };
type Job = { turns: ChatTurn[]; maxTokens: number };

export async function generateSafely(ctx: ActionCtx, messageId: Id<"messages">, job: Job, keys: KeySource) {
  try {
    await streamReply(ctx, messageId, job, keys);
  } catch (error) {
    // Never leave a reply streaming forever: a bug here still ends as "failed".
    console.error(JSON.stringify({ event: "generation_crashed", messageId, error: String(error).slice(0, 200) }));
    const reason = "Something went wrong while generating this reply. Your message is saved — retry in a moment.";
    await ctx.runMutation(internal.chat.generation.finishWithoutReply, { messageId, outcome: "failed", reason, attempts: [] });
  }
}

function deploymentKeys(ctx: ActionCtx) {
  const keys = { groq: configuredKeys("groq"), openrouter: configuredKeys("openrouter") };
  return async (provider: ProviderName): Promise<Admission> => {
    const decision = await ctx.runMutation(internal.providers.gate.admit, { provider, keyIds: keys[provider].keyIds });
    if (!("keyId" in decision) || !decision.keyId) return { unavailable: decision.unavailable ?? "unavailable" };
    return { apiKey: keys[provider].valueOf(decision.keyId)!, keyId: decision.keyId, baseURL: keys[provider].baseURL };
  };
}

async function streamReply(ctx: ActionCtx, messageId: Id<"messages">, job: Job, keys: KeySource) {
  const stopper = new AbortController();
  const config = resilienceConfig();
  const own = keys === "deployment" ? undefined : keys;
  // A user's own key skips our pool, breaker and budget: its failures are not the provider's health.
  const admit = own
    ? async (): Promise<Admission> => ({ apiKey: own.apiKey, keyId: "own-key", baseURL: configuredKeys(own.provider).baseURL })
    : deploymentKeys(ctx);
  let target = { provider: "", model: "" };
  const save = createBatchedWriter(
    async (content) => {
      const { stopped } = await ctx.runMutation(internal.chat.generation.saveProgress, { messageId, content, ...target });
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
    admit,
    report: async (report) => void (await ctx.runMutation(internal.providers.gate.report, report)),
    onText: (text, current) => {
      target = current;
      return save(text);
    },
    signal: stopper.signal,
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
  });

  if (outcome.kind === "done") {
    const { text: content, usage, attempts } = outcome;
    return void await ctx.runMutation(internal.chat.generation.complete, { messageId, content, usage, attempts, ...outcome.target });
  }
  const reason = outcome.kind === "failed" && outcome.attempts.every((a) => a.errorClass === "not_configured")
    ? `No AI provider is configured. ${notConfiguredReason("groq")}`
    : outcome.kind === "failed" ? outcome.reason : undefined;
  await ctx.runMutation(internal.chat.generation.finishWithoutReply, { messageId, outcome: outcome.kind, reason, attempts: outcome.attempts });
}
