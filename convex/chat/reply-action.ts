import { v } from "convex/values";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { internalAction, type ActionCtx } from "../_generated/server";
import type { ChargedCall } from "../../rules/pricing";
import { ownKeyChain, type FailoverTarget } from "../../rules/failover-chain";
import { estimatePromptTokens, generateReply, type CallReport } from "../providers/failover-call";
import { keyIdsOf, notConfiguredReason } from "../providers/keys";
import type { ProviderName } from "../providers/resilience/provider-name";
import { streamFor, type ChatTurn } from "../providers/seam";
import { resilienceConfig } from "../providers/settings";
import { nothingFoundAnswer, type DocsSource } from "../../rules/docs-answer";
import { finishDocsAnswer, prepareDocsAnswer } from "../docs/answer";
import type { CorpusChoice } from "../docs/corpus";
import { createBatchedWriter } from "./batched-writer";
import { docsTurns, fitSources, storedSources } from "./docs-mode";
import { deploymentKeyConfig, deploymentKeys, ownKeyGate, type DeploymentKeys } from "./key-gates";
import { providersUnavailable } from "../cache/fallback-policy";
import {
  cacheProbeValidator,
  embedForRecording,
  fallbackProbe,
  probeNeighbours,
  recordSafely,
} from "../cache/generation-hooks";
import type { Reach } from "../cache/serve";
import { EmbeddingMemo } from "../embeddings/memo";

const WRITE_INTERVAL_MS = 250; // at most 4 writes a second while streaming

/**
 * Generates one assistant reply: waits its turn in the provider queue,
 * starts an attempt (which owns the reply's hold), streams through the
 * failover chain with batched writes, then settles the hold with what every
 * provider call cost. Thin: the logic is in generateReply.
 */
export const run = internalAction({
  args: {
    messageId: v.id("messages"),
    /**
     * Ask a provider, never the server cache: set by Retry and Regenerate (and by any caller that
     * regenerates a reply, e.g. edit-and-resend of an answered prompt), so the user gets a new answer.
     */
    fresh: v.optional(v.boolean()),
    /** The send's server-computed probe for the semantic tier: the prompt to embed and the partitions to search. */
    probe: v.optional(cacheProbeValidator),
  },
  handler: async (ctx, { messageId, fresh, probe }): Promise<void> => {
    const keys = deploymentKeyConfig();
    const keyIds = keyIdsOf(keys);
    // The semantic tier's vector search runs here (actions only), before anything is claimed; begin decides.
    const memo = new EmbeddingMemo();
    const neighbours = !fresh && probe ? await probeNeighbours(ctx, probe, memo) : null;
    const lookup = fresh ? undefined : { neighbours: neighbours ?? undefined, embeddingMicros: memo.spent.costMicros };
    // One transaction from here to the first provider call: cache, queue turn, start, first admission.
    const begun = await ctx.runMutation(internal.chat["reply-state"].begin, { messageId, keyIds, lookup });
    if (begun.kind === "gone" || begun.kind === "served") return;
    // Already looked up: a reply waiting for the provider's budget goes to the provider when its turn comes.
    if (begun.kind === "wait")
      return void (await ctx.scheduler.runAt(begun.retryAt, internal.chat["reply-action"].run, {
        messageId,
        fresh: true,
      }));
    await generateSafely(
      ctx,
      { messageId, attemptId: begun.attemptId, calls: [] },
      begun.job,
      { keys, first: begun.first },
      memo,
    );
  },
});

/** The user's own key for one request, or the deployment's keys (pool, breaker, budget; the first admission already made). */
export type KeySource = DeploymentKeys | { provider: ProviderName; apiKey: string };
type Job = { turns: ChatTurn[]; maxTokens: number; docs?: DocsJob; chain: FailoverTarget[]; cache?: Reach };
type DocsJob = { ownerId: Id<"users">; corpus: CorpusChoice; question: string };
/** A docs answer's sources as sent, and what embedding its question cost (paid whatever the ending). */
type DocsAnswer = { sources: DocsSource[]; embeddingMicros: number };
type Attempt = { messageId: Id<"messages">; attemptId: Id<"holds">; calls: ChargedCall[] };

/** Starts an own-key attempt (none when the reply was stopped or deleted first) and generates it. */
export async function startAndGenerate(
  ctx: ActionCtx,
  messageId: Id<"messages">,
  job: Job,
  keys: { provider: ProviderName; apiKey: string },
) {
  const attemptId = await ctx.runMutation(internal.chat["reply-state"].start, {
    messageId,
    promptTokens: estimatePromptTokens(job.turns),
  });
  if (attemptId) await generateSafely(ctx, { messageId, attemptId, calls: [] }, job, keys);
}

async function generateSafely(ctx: ActionCtx, attempt: Attempt, job: Job, keys: KeySource, memo = new EmbeddingMemo()) {
  let docs: DocsAnswer | undefined;
  try {
    if (!job.docs) return void (await streamReply(ctx, attempt, job, keys, undefined, memo));
    const prepared = await prepareDocsAnswer(ctx, {
      userId: job.docs.ownerId,
      corpus: job.docs.corpus,
      question: job.docs.question,
    });
    const sources = prepared.kind === "prompt" ? fitSources(job.docs.question, prepared.sources) : [];
    docs = { sources, embeddingMicros: prepared.embeddingMicros };
    if (sources.length === 0) {
      // Nothing relevant: the reply says so, with no provider call; only the embedding is paid.
      const content = prepared.kind === "nothing_found" ? prepared.text : nothingFoundAnswer("the documents");
      const ending = {
        outcome: "done" as const,
        content,
        attempts: [],
        calls: [],
        docs: { embeddingMicros: docs.embeddingMicros, sources: [], invalidCitations: 0 },
      };
      return void (await ctx.runMutation(internal.chat.ending.finish, { attemptId: attempt.attemptId, ...ending }));
    }
    await streamReply(ctx, attempt, { ...job, turns: docsTurns(job.turns, job.docs.question, sources) }, keys, docs);
  } catch (error) {
    // Never leave a reply streaming forever: a bug here still ends as "failed", and pays for the calls made.
    console.error(
      JSON.stringify({ event: "generation_crashed", messageId: attempt.messageId, error: String(error).slice(0, 200) }),
    );
    const reason = "Something went wrong while generating this reply. Your message is saved — retry in a moment.";
    const paid = docs && { embeddingMicros: docs.embeddingMicros };
    await ctx.runMutation(internal.chat.ending.finish, {
      attemptId: attempt.attemptId,
      outcome: "failed",
      reason,
      attempts: [],
      calls: attempt.calls,
      docs: paid,
    });
  }
}

const ids = ({ messageId, attemptId }: Attempt) => ({ messageId, attemptId });

async function streamReply(
  ctx: ActionCtx,
  attempt: Attempt,
  job: Job,
  keys: KeySource,
  docs?: DocsAnswer,
  memo = new EmbeddingMemo(),
) {
  const stopper = new AbortController();
  const config = resilienceConfig();
  const own = "apiKey" in keys ? keys : undefined;
  const gate =
    "apiKey" in keys
      ? ownKeyGate(keys)
      : {
          admit: deploymentKeys(ctx, keys),
          report: async (report: CallReport) => void (await ctx.runMutation(internal.providers.gate.report, report)),
        };
  let target = { provider: "", model: "" };
  const save = createBatchedWriter(
    async (content) => {
      const { stopped } = await ctx.runMutation(internal.chat["reply-state"].saveProgress, {
        ...ids(attempt),
        content,
        ...target,
      });
      if (stopped) stopper.abort();
      return stopped ? "stop" : "continue";
    },
    WRITE_INTERVAL_MS,
    Date.now,
  );

  const outcome = await generateReply({
    config: { ...config, failoverChain: own ? ownKeyChain(own.provider, job.chain) : job.chain },
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

  // The server cache (deployment keys only): a done reply's prompt is embedded before the ending, so its cost is billed with it.
  const cache = own ? undefined : job.cache;
  if (cache && outcome.kind === "done") await embedForRecording(cache, memo);
  const cacheEmbeddingMicros = memo.spent.costMicros;
  const ending = {
    attemptId: attempt.attemptId,
    attempts: outcome.attempts,
    calls: attempt.calls,
    docs: docs && { embeddingMicros: docs.embeddingMicros },
    cacheEmbeddingMicros,
  };
  if (outcome.kind === "done" && docs) {
    // Citations of sources that were not given are dropped before the reply is final.
    const checked = finishDocsAnswer(outcome.text, docs.sources);
    const kept = { ...ending.docs!, sources: storedSources(docs.sources), invalidCitations: checked.invalid.length };
    return void (await ctx.runMutation(internal.chat.ending.finish, {
      ...ending,
      outcome: "done",
      content: checked.text,
      ...outcome.target,
      docs: kept,
    }));
  }
  if (outcome.kind === "done") {
    await ctx.runMutation(internal.chat.ending.finish, {
      ...ending,
      outcome: "done",
      content: outcome.text,
      ...outcome.target,
    });
    if (cache) await recordSafely(ctx, attempt.messageId, cache, memo);
    return;
  }
  // Every provider unavailable: the prepared pool, then a relaxed near match, before the graceful failure.
  const fallback =
    cache && outcome.kind === "failed" && providersUnavailable(outcome.attempts)
      ? await fallbackProbe(ctx, cache)
      : undefined;
  const reason =
    outcome.kind === "failed" && outcome.attempts.every((a) => a.errorClass === "not_configured")
      ? `No AI provider is configured. ${notConfiguredReason("groq")}`
      : outcome.kind === "failed"
        ? outcome.reason
        : undefined;
  await ctx.runMutation(internal.chat.ending.finish, { ...ending, outcome: outcome.kind, reason, fallback });
}
