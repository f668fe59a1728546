import { v } from "convex/values";
import { internal } from "../_generated/api";
import { providerValidator } from "../providers/validators";
import type { Id } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import type { CouncilModel } from "../../rules/council";
import { userMutation } from "../lib/functions";
import { appError } from "../lib/errors";
import { admitChatRequest, assertValidInput } from "../guardrails/admission";
import { release } from "../guardrails/daily-spend";
import { enqueueIfBusy } from "../providers/queue";
import { resilienceConfig } from "../providers/settings";
import { assertChatSlotFree } from "../guardrails/rate-limit";
import { admitNewConversation, admitStoredMessages } from "../guardrails/storage-quota";
import { selectConversationContext } from "./context";
import { titleFrom } from "./conversations";
import { embeddingHoldMicros } from "../embeddings/hold";
import { forgetCacheForMessage } from "../cache/cleanup";
import { cacheProbeFor } from "../cache/generation-hooks";
import { DOCS_EXTRA_TOKENS, docsSendValidator, promptOf } from "./docs-mode";
import { ownConversation, ownMessage } from "./ownership";
import { admitCouncil, councilHoldMicros, councilOptionValidator } from "../council/admit";
import { insertCouncilRun } from "../council/progress";

const byokProvider = providerValidator;

/**
 * Stores the user's message and a pending reply in one transaction, after
 * every guardrail has passed, then schedules generation. A refused send
 * stores nothing; an accepted one is never lost, whatever the providers do.
 */
export const send = userMutation({
  args: {
    conversationId: v.optional(v.id("conversations")),
    content: v.string(),
    ownKeyProvider: v.optional(byokProvider),
    council: v.optional(councilOptionValidator),
    docs: v.optional(docsSendValidator),
    /** Regenerate: ask a provider again instead of answering from the server cache. */
    fresh: v.optional(v.boolean()),
  },
  handler: async (ctx, args) => {
    const now = Date.now();
    // A council the tier may not convene (or with the user's own key) is refused before anything is stored.
    const council = args.council && admitCouncil(ctx.user, args.council, args.ownKeyProvider !== undefined);
    if (args.docs && args.ownKeyProvider !== undefined) {
      throw appError("invalid_input", { field: "docs", message: "Documentation answers use the service's models: switch off your own key to ask your documents." });
    }
    if (args.docs && council) {
      throw appError("invalid_input", { field: "docs", message: "Council and Docs mode can't be combined yet: switch one of them off." });
    }
    const conversation = args.conversationId ? await ownConversation(ctx, ctx.user, args.conversationId) : undefined;
    if (conversation) await assertNoReplyInProgress(ctx, conversation._id);
    // Refused input is never tokenized, and a full minute is refused before anything is stored.
    const flags = assertValidInput(args.content);
    await assertChatSlotFree(ctx, ctx.user, now);

    // The user's message is stored first so that the context is selected and
    // priced exactly as generation will read it; any refusal below throws and
    // the whole transaction, this message included, stores nothing.
    const conversationId =
      conversation?._id ?? (await ctx.db.insert("conversations", { ownerId: ctx.user._id, title: titleFrom(args.content), updatedAt: now }));
    if (conversation) await ctx.db.patch(conversation._id, { updatedAt: now, ...(conversation.title === "New chat" ? { title: titleFrom(args.content) } : {}) });
    const owner = { conversationId, ownerId: ctx.user._id };
    const userMessageId = await ctx.db.insert("messages", { ...owner, role: "user", content: args.content, status: "done", flags: flags.length ? flags : undefined, docsCorpus: args.docs?.corpus });

    const { turns, tokens } = await selectConversationContext(ctx, conversationId);
    const { failoverChain: chain } = resilienceConfig();
    const ownKey = args.ownKeyProvider !== undefined;
    // A council is one message, so one request toward the per-minute limit (its 2N+1 calls are bounded
    // by the hold below, the daily caps and every provider's own request budget); its hold covers every call.
    const worstCaseMicros = council && councilHoldMicros(ctx.user, council, turns);
    const admitted = await admitChatRequest(ctx, { user: ctx.user, content: args.content, chain, ownKey, worstCaseMicros, ...docsHold(args.content, tokens, args.docs, !ownKey && !council) });
    // After the rolling limit, so a refused flood gets its exact countdown.
    if (!conversation) await admitNewConversation(ctx, ctx.user, now);
    await admitStoredMessages(ctx, ctx.user, 2);
    const assistantMessageId = await ctx.db.insert("messages", {
      ...owner, role: "assistant", content: "", status: "pending", reservation: admitted.reservation, timings: { requestedAt: now }, byok: args.ownKeyProvider,
      ...(council ? { council: true } : {}),
    });
    // A BYOK reply is generated by the client's call to `chat.byok.generate`,
    // which carries the key for that one request; nothing is scheduled with it.
    if (council) await scheduleCouncil(ctx, { messageId: assistantMessageId, ownerId: ctx.user._id }, council);
    else if (!ownKey) {
      await enqueueIfBusy(ctx, assistantMessageId, now);
      const cache = args.fresh || args.docs ? { fresh: args.fresh } : { probe: cacheProbeFor(ctx.user, turns) };
      await ctx.scheduler.runAfter(0, internal.chat.generate.run, { messageId: assistantMessageId, ...cache });
    }
    return { conversationId, userMessageId, assistantMessageId };
  },
});

/** A new council run for the reply (the newest run is the one shown), and the action that convenes it. */
async function scheduleCouncil(ctx: MutationCtx, reply: { messageId: Id<"messages">; ownerId: Id<"users"> }, council: { members: CouncilModel[]; chairmen: CouncilModel[] }) {
  const runId = await insertCouncilRun(ctx, { ...reply, members: council.members });
  await ctx.scheduler.runAfter(0, internal.council.generate.run, { messageId: reply.messageId, runId, chairmen: council.chairmen });
}

/** A docs send holds for its sources and its question's embedding; a server-cache lookup (deployment keys) for the prompt's embedding. */
function docsHold(content: string, promptTokens: number, docs: { corpus: string } | undefined, cacheLookup = false) {
  if (docs) return { promptTokens: promptTokens + DOCS_EXTRA_TOKENS, extraHoldMicros: embeddingHoldMicros(content) };
  return cacheLookup ? { promptTokens, extraHoldMicros: embeddingHoldMicros(content) } : { promptTokens };
}

// One reply at a time per conversation: a second send would answer a
// conversation whose last turn is still being written.
export async function assertNoReplyInProgress(ctx: QueryCtx, conversationId: Id<"conversations">) {
  const latest = await ctx.db.query("messages").withIndex("by_conversation", (q) => q.eq("conversationId", conversationId)).order("desc").first();
  if (latest?.role === "assistant" && (latest.status === "pending" || latest.status === "streaming")) {
    throw appError("invalid_input", { message: "A reply is still being written here. Wait for it, or stop it, before sending again." });
  }
}

/**
 * Stops a reply in progress. Before its generation started nothing was asked
 * of a provider, so the hold is given back; once started, the attempt owns
 * the hold: it notices the stop at its next write and pays for the prompt
 * and the text produced so far (the user saw it; the provider billed it).
 */
export const stop = userMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ownMessage(ctx, ctx.user, messageId);
    if (message.status !== "pending" && message.status !== "streaming") return false;
    if (message.reservation) await release(ctx, message.ownerId, message.reservation);
    await ctx.db.patch(messageId, { status: "stopped", reservation: undefined, timings: { ...message.timings!, finishedAt: Date.now() } });
    return true;
  },
});

/** Generates a failed or stopped reply again, through the same guardrails as a send. */
export const retry = userMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ownMessage(ctx, ctx.user, messageId);
    if (message.role !== "assistant" || (message.status !== "failed" && message.status !== "stopped")) {
      throw appError("invalid_input", { message: "Only a failed or stopped reply can be retried." });
    }
    const { turns: history, tokens } = await selectConversationContext(ctx, message.conversationId, message._creationTime);
    const prompt = history.at(-1);
    if (prompt?.role !== "user") throw appError("not_found");
    const { failoverChain: chain } = resilienceConfig();
    const ownKey = message.byok !== undefined;
    // A council is retried as a council (the tier's default members), with a new hold for every call;
    // a docs reply asks the same corpus again.
    const council = message.council ? admitCouncil(ctx.user, {}, ownKey) : undefined;
    const worstCaseMicros = council && councilHoldMicros(ctx.user, council, history);
    const docsCorpus = (await promptOf(ctx, message.conversationId, message._creationTime))?.docsCorpus;
    const docs = docsCorpus && { corpus: docsCorpus };
    // A retry asks a provider (fresh, no lookup): it holds for the recording's embedding, not a lookup's.
    const admitted = await admitChatRequest(ctx, { user: ctx.user, content: prompt.content, chain, ownKey, worstCaseMicros, ...docsHold(prompt.content, tokens, docs, !ownKey && !council) });
    // A new attempt: the old one (maybe still finishing) keeps its own hold and can no longer write here.
    await ctx.db.patch(messageId, {
      attemptId: undefined, content: "", status: "pending", errorCode: undefined, errorReason: undefined, attempts: undefined, provider: undefined, model: undefined,
      usage: undefined, costMicros: undefined, cached: undefined, cacheTier: undefined, cacheQuestion: undefined, reservation: admitted.reservation, timings: { requestedAt: Date.now() },
    });
    // Whatever this reply put in the server cache is stale now (a stopped reply had none; a served fallback never records).
    await forgetCacheForMessage(ctx, messageId);
    if (ownKey) return { needsOwnKey: message.byok };
    if (council) await scheduleCouncil(ctx, { messageId, ownerId: ctx.user._id }, council);
    else await ctx.scheduler.runAfter(0, internal.chat.generate.run, { messageId, fresh: true });
    return { needsOwnKey: undefined };
  },
});
