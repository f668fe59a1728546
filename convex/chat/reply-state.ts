import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import { internalMutation, internalQuery, type MutationCtx, type QueryCtx } from "../_generated/server";
import { entitlementsFor } from "../../rules/entitlements";
import { openHold } from "../guardrails/holds";
import { admitCall } from "../providers/gate";
import { estimatePromptTokens } from "../providers/failover-call";
import { claimTurnFor, leaveQueue } from "../providers/queue";
import { keyIdsPerProviderValidator } from "../providers/validators";
import { cacheChainOf } from "../cache/chain";
import { cacheReachOf } from "../cache/partitions";
import { serverCacheHit } from "../cache/serve";
import { conversationContext } from "./context";
import { neighboursValidator, serveBeforeGeneration } from "./serve-cached";
import { DOCS_EXTRA_TOKENS, promptOf } from "./docs-mode";
import { conversationChain } from "./model-choice";

// The database side of one generation, called by the `reply-action.run` action.
// Every write after `start` carries the attempt id and is ignored once the
// reply belongs to another attempt (retried) or is gone (deleted). The
// ending is in finish.ts.

export async function jobOf(ctx: QueryCtx, message: Doc<"messages">) {
  const owner = await ctx.db.get(message.ownerId);
  if (!owner) return null;
  const turns = await conversationContext(ctx, message.conversationId, message._creationTime);
  const prompt = await promptOf(ctx, message.conversationId, message._creationTime);
  // Docs mode: the owner's corpus choice, keyed by the owner's id (never a client's).
  const docs = prompt?.docsCorpus && { ownerId: owner._id, corpus: prompt.docsCorpus, question: prompt.question };
  // The chain (chosen model first, then the operator's) is computed here, once per generation: chat/model-choice.ts.
  // The server cache keys on the same chain, so an answer from another model is never served.
  const chain = conversationChain(await ctx.db.get(message.conversationId), owner.tier);
  // The server cache: never for a user's own key (the operator's state), a council or a docs answer (it depends on a corpus).
  const cache =
    message.byok || message.council || docs
      ? undefined
      : { chain: cacheChainOf(chain), turns, ...cacheReachOf(owner._id, turns, owner) };
  return {
    status: message.status,
    turns,
    maxTokens: entitlementsFor(owner.tier).maxTokens,
    byok: message.byok,
    ownerToken: owner.tokenIdentifier,
    docs,
    chain,
    cache,
  };
}

/** What the action found for the cache lookup: absent for a fresh generation (retry, regenerate), which must ask a provider. */
const lookupValidator = v.object({ neighbours: v.optional(neighboursValidator), embeddingMicros: v.number() });

export const load = internalQuery({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ctx.db.get(messageId);
    return message && (await jobOf(ctx, message));
  },
});

/**
 * Everything a deployment-key generation does before its first provider
 * call, in one transaction (issue 19: at most two between the send and the
 * provider): load the job, take its turn in the queue, start the attempt
 * (reply streaming + its hold) and admit the first provider of the chain.
 */
export const begin = internalMutation({
  args: { messageId: v.id("messages"), keyIds: keyIdsPerProviderValidator, lookup: v.optional(lookupValidator) },
  handler: async (ctx, { messageId, keyIds, lookup }) => {
    const message = await ctx.db.get(messageId);
    if (message?.status !== "pending") {
      await leaveQueue(ctx, messageId);
      return { kind: "gone" as const };
    }
    // The server cache before the queue and the provider: a hit uses no provider budget, queue place or rate.
    // A regenerated reply (`fresh` on the message) asks a provider whatever its caller passed.
    const cached = lookup && message.fresh !== true ? await jobOf(ctx, message) : undefined;
    if (lookup && cached?.cache) {
      const now = Date.now();
      const hit = await serverCacheHit(ctx, message.ownerId, cached.cache, lookup.neighbours, now);
      if (hit) {
        await serveBeforeGeneration(ctx, message, hit, lookup.embeddingMicros, now);
        return { kind: "served" as const };
      }
    }
    // The queue first: a reply still waiting its turn costs no more context reads.
    const turn = await claimTurnFor(ctx, messageId);
    if (!turn.go) return { kind: "wait" as const, retryAt: turn.retryAt };
    const job = cached ?? (await jobOf(ctx, message));
    if (!job) return { kind: "gone" as const };
    const attemptId = await startAttempt(
      ctx,
      message,
      estimatePromptTokens(job.turns) + (job.docs ? DOCS_EXTRA_TOKENS : 0),
    );
    // A docs answer may need no provider (nothing found): its first admission waits for retrieval.
    if (job.docs) return { kind: "go" as const, job, attemptId, first: undefined };
    const primary = job.chain[0]!.provider;
    return {
      kind: "go" as const,
      job,
      attemptId,
      first: { provider: primary, decision: await admitCall(ctx, primary, keyIds[primary]) },
    };
  },
});

async function startAttempt(ctx: MutationCtx, message: Doc<"messages">, promptTokens: number) {
  const now = Date.now();
  const attemptId = await openHold(ctx, message, promptTokens, now);
  await ctx.db.patch(message._id, {
    status: "streaming",
    attemptId,
    reservation: undefined,
    timings: { ...message.timings!, startedAt: now },
  });
  return attemptId;
}

/**
 * pending → streaming, and this attempt's hold, in one transaction: returns
 * the attempt id, or null when the reply was stopped or deleted before it
 * started (no provider call is made without a hold).
 */
export const start = internalMutation({
  args: { messageId: v.id("messages"), promptTokens: v.number() },
  handler: async (ctx, { messageId, promptTokens }) => {
    const message = await ctx.db.get(messageId);
    return message?.status === "pending" ? startAttempt(ctx, message, promptTokens) : null;
  },
});

/** One batched write of the reply so far; tells the action to stop when the reply is no longer its own to write. */
export const saveProgress = internalMutation({
  args: {
    messageId: v.id("messages"),
    attemptId: v.id("holds"),
    content: v.string(),
    provider: v.string(),
    model: v.string(),
  },
  handler: async (ctx, { messageId, attemptId, content, provider, model }) => {
    const message = await ctx.db.get(messageId);
    if (message?.status !== "streaming" || message.attemptId !== attemptId) return { stopped: true };
    const timings = message.timings!.firstTokenAt
      ? message.timings!
      : { ...message.timings!, firstTokenAt: Date.now() };
    await ctx.db.patch(messageId, { content, provider, model, timings });
    return { stopped: false };
  },
});
