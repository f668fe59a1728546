import { v, type ObjectType } from "convex/values";
import { internal } from "../_generated/api";
import { providerValidator } from "../providers/validators";
import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import type { CouncilModel } from "../../rules/council";
import { userMutation } from "../lib/functions";
import { appError } from "../lib/errors";
import { admitChatRequest, assertValidInput } from "../guardrails/admission";
import { release } from "../guardrails/daily-spend";
import { enqueueIfBusy } from "../providers/queue";
import { assertChatSlotFree } from "../guardrails/rate-limit";
import { admitNewConversation, admitStoredMessages } from "../guardrails/storage-quota";
import { selectConversationContext } from "./context";
import { titleFrom } from "./conversations";
import { docsHold, docsHoldForReply, docsSendValidator } from "./docs-mode";
import { admitModelChoice, conversationChain, modelChoiceValidator } from "./model-choice";
import { forgetCacheForMessage } from "../cache/cleanup";
import { cacheProbeFor } from "../cache/generation-hooks";
import { ownConversation, ownMessage } from "./ownership";
import { hideBranchFrom } from "./versions";
import { assertNoReplyInProgress } from "./versions-branch";
import { editRefusal, regenerateRefusal } from "./versions-rules";
import { admitCouncil, councilHoldMicros, councilOptionValidator, councilRequestOf } from "../council/admit";
import { insertCouncilRun } from "../council/progress";

const byokProvider = providerValidator;
type UserMutationCtx = MutationCtx & { user: Doc<"users"> };

const sendOptions = {
  ownKeyProvider: v.optional(byokProvider),
  council: v.optional(councilOptionValidator),
  docs: v.optional(docsSendValidator),
  /** The composer's model picker: checked against the tier's catalogue, then kept on the conversation. */
  model: v.optional(modelChoiceValidator),
  /** Ask a provider again instead of answering from the server cache. */
  fresh: v.optional(v.boolean()),
};
type SendOptions = ObjectType<typeof sendOptions>;

/**
 * Stores the user's message and a pending reply in one transaction, after
 * every guardrail has passed, then schedules generation. A refused send
 * stores nothing; an accepted one is never lost, whatever the providers do.
 */
export const send = userMutation({
  args: { conversationId: v.optional(v.id("conversations")), content: v.string(), ...sendOptions },
  handler: async (ctx, { conversationId, ...args }) => {
    const conversation = conversationId ? await ownConversation(ctx, ctx.user, conversationId) : undefined;
    return acceptUserMessage(ctx, { ...args, conversation });
  },
});

/**
 * Edit and resend: a new version of one of the user's messages, sent exactly
 * like a send (same function, same guardrails). The message and every turn
 * after it stay, hidden as the earlier version (convex/chat/versions.ts).
 */
export const edit = userMutation({
  args: { messageId: v.id("messages"), content: v.string(), ownKeyProvider: v.optional(byokProvider) },
  handler: async (ctx, { messageId, content, ownKeyProvider }) => {
    const original = await ownMessage(ctx, ctx.user, messageId);
    const refusal = editRefusal(original);
    if (refusal) throw appError("invalid_input", { message: refusal });
    const conversation = await ownConversation(ctx, ctx.user, original.conversationId);
    // An edited docs question asks the same corpus.
    const docs = original.docsCorpus && { corpus: original.docsCorpus };
    return acceptUserMessage(ctx, { content, ownKeyProvider, docs, conversation, replacing: original });
  },
});

type Accept = SendOptions & { content: string; conversation?: Doc<"conversations">; replacing?: Doc<"messages"> };

/** The one send path (send, edit): every guardrail, then the user's message and a pending reply. */
async function acceptUserMessage(ctx: UserMutationCtx, args: Accept) {
  const now = Date.now();
  const model = args.model && admitModelChoice(ctx.user, args.model);
  // A council the tier may not convene (or with the user's own key) is refused before anything is stored.
  const council = args.council && admitCouncil(ctx.user, args.council, args.ownKeyProvider !== undefined);
  if (args.docs && args.ownKeyProvider !== undefined) {
    throw appError("invalid_input", {
      field: "docs",
      message: "Documentation answers use the service's models: switch off your own key to ask your documents.",
    });
  }
  if (args.docs && council) {
    throw appError("invalid_input", {
      field: "docs",
      message: "Council and Docs mode can't be combined yet: switch one of them off.",
    });
  }
  const conversation = args.conversation;
  if (conversation) await assertNoReplyInProgress(ctx, conversation._id);
  // Refused input is never tokenized, and a full minute is refused before anything is stored.
  const flags = assertValidInput(args.content);
  await assertChatSlotFree(ctx, ctx.user, now);

  // The user's message is stored first so that the context is selected and
  // priced exactly as generation will read it; any refusal below throws and
  // the whole transaction, this message and a hidden earlier version included, stores nothing.
  // A message sent into an archived conversation brings it back to the list (archived: undefined).
  const conversationId =
    conversation?._id ??
    (await ctx.db.insert("conversations", {
      ownerId: ctx.user._id,
      title: titleFrom(args.content),
      updatedAt: now,
      model,
    }));
  if (conversation)
    await ctx.db.patch(conversation._id, {
      updatedAt: now,
      archived: undefined,
      ...(conversation.title === "New chat" ? { title: titleFrom(args.content) } : {}),
      ...(model ? { model } : {}),
    });
  const owner = { conversationId, ownerId: ctx.user._id };
  // An edit: the earlier version and its later turns leave the shown branch, so the context below skips them.
  const versionOf = args.replacing && (await hideBranchFrom(ctx, args.replacing));
  const userMessageId = await ctx.db.insert("messages", {
    ...owner,
    role: "user",
    content: args.content,
    status: "done",
    flags: flags.length ? flags : undefined,
    docsCorpus: args.docs?.corpus,
    versionOf,
  });

  const { turns, tokens } = await selectConversationContext(ctx, conversationId);
  const chain = conversationChain({ model: model ?? conversation?.model }, ctx.user.tier);
  const ownKey = args.ownKeyProvider !== undefined;
  // A council is one message, so one request toward the per-minute limit (its 2N+1 calls are bounded
  // by the hold below, the daily caps and every provider's own request budget); its hold covers every call.
  const worstCaseMicros = council && councilHoldMicros(ctx.user, council, turns);
  const admitted = await admitChatRequest(ctx, {
    user: ctx.user,
    content: args.content,
    chain,
    ownKey,
    worstCaseMicros,
    ...docsHold(args.content, tokens, args.docs, !ownKey && !council),
  });
  // After the rolling limit, so a refused flood gets its exact countdown.
  if (!conversation) await admitNewConversation(ctx, ctx.user, now);
  await admitStoredMessages(ctx, ctx.user, 2);
  const assistantMessageId = await insertPendingReply(ctx, owner, now, {
    reservation: admitted.reservation,
    byok: args.ownKeyProvider,
    council,
  });
  // A BYOK reply is generated by the client's call to `chat.byok.generate`,
  // which carries the key for that one request; nothing is scheduled with it.
  // The server cache is probed with the context just selected (a docs answer depends on its corpus: never cached).
  const cache = args.fresh || args.docs ? { fresh: args.fresh } : { probe: cacheProbeFor(ctx.user, turns) };
  await scheduleReply(ctx, { messageId: assistantMessageId, ownerId: ctx.user._id }, { council, ownKey, cache }, now);
  return { conversationId, userMessageId, assistantMessageId };
}

/** A reply waiting for its generation, holding its reservation (send, edit, regenerate). */
function insertPendingReply(
  ctx: MutationCtx,
  owner: { conversationId: Id<"conversations">; ownerId: Id<"users"> },
  now: number,
  reply: Pick<Doc<"messages">, "reservation" | "byok" | "versionOf" | "fresh"> & { council?: unknown },
) {
  const { council, ...fields } = reply;
  return ctx.db.insert("messages", {
    ...owner,
    ...fields,
    role: "assistant",
    content: "",
    status: "pending",
    timings: { requestedAt: now },
    ...(council ? { council: true } : {}),
  });
}

/** Council, the deployment's keys (queued when busy), or nothing: an own-key reply is generated by the client's call. */
async function scheduleReply(
  ctx: MutationCtx,
  reply: { messageId: Id<"messages">; ownerId: Id<"users"> },
  how: { council?: Council; ownKey: boolean; cache: ReplyCache },
  now: number,
) {
  if (how.ownKey) return;
  // A council waits its turn in the provider queue like any reply (one turn: it is one request).
  await enqueueIfBusy(ctx, reply.messageId, now);
  if (how.council) return scheduleCouncil(ctx, reply, how.council);
  await ctx.scheduler.runAfter(0, internal.chat["reply-action"].run, { messageId: reply.messageId, ...how.cache });
}

/** How generation meets the server cache: probe it (send), or ask a provider again (`fresh`: retry, regenerate). */
type ReplyCache = { fresh?: boolean } | { probe?: ReturnType<typeof cacheProbeFor> };

/** A new council run for the reply (the newest run is the one shown), and the action that convenes it. */
type Council = { members: CouncilModel[]; chairmen: CouncilModel[] };
async function scheduleCouncil(
  ctx: MutationCtx,
  reply: { messageId: Id<"messages">; ownerId: Id<"users"> },
  council: Council,
) {
  const runId = await insertCouncilRun(ctx, { ...reply, members: council.members });
  await ctx.scheduler.runAfter(0, internal.council.generate.run, {
    messageId: reply.messageId,
    runId,
    chairmen: council.chairmen,
  });
}

// One reply at a time per conversation (cached copies check it too).
export { assertNoReplyInProgress };

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
    await ctx.db.patch(messageId, {
      status: "stopped",
      reservation: undefined,
      timings: { ...message.timings!, finishedAt: Date.now() },
    });
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
    // A hidden version would be answered with the shown branch's context.
    if (message.hiddenBranch) throw appError("invalid_input", { message: "Show this version first, then retry it." });
    const { admitted, council, ownKey } = await admitReplyTo(ctx, message);
    // A new attempt: the old one (maybe still finishing) keeps its own hold and can no longer write here.
    await ctx.db.patch(messageId, {
      attemptId: undefined,
      content: "",
      status: "pending",
      errorCode: undefined,
      errorReason: undefined,
      attempts: undefined,
      provider: undefined,
      model: undefined,
      usage: undefined,
      costMicros: undefined,
      cached: undefined,
      cacheTier: undefined,
      cacheQuestion: undefined,
      reservation: admitted.reservation,
      timings: { requestedAt: Date.now() },
    });
    // Whatever this reply put in the server cache is stale now (a stopped reply had none; a served fallback never records).
    await forgetCacheForMessage(ctx, messageId);
    if (ownKey) return { needsOwnKey: message.byok };
    if (council) await scheduleCouncil(ctx, { messageId, ownerId: ctx.user._id }, council);
    else await ctx.scheduler.runAfter(0, internal.chat["reply-action"].run, { messageId, fresh: true });
    return { needsOwnKey: undefined };
  },
});

/**
 * Regenerate any finished reply: a new version of it, asked of a provider
 * again (`fresh`: never from a cache), through the same guardrails as a
 * retry (per-minute limit, input rules, a new hold, storage quota). The
 * earlier version and the turns after it stay, hidden (convex/chat/versions.ts).
 */
export const regenerate = userMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const reply = await ownMessage(ctx, ctx.user, messageId);
    const refusal = regenerateRefusal(reply);
    if (refusal) throw appError("invalid_input", { message: refusal });
    await assertNoReplyInProgress(ctx, reply.conversationId);
    const now = Date.now();
    const { admitted, council, ownKey } = await admitReplyTo(ctx, reply);
    await admitStoredMessages(ctx, ctx.user, 1);
    const versionOf = await hideBranchFrom(ctx, reply);
    const owner = { conversationId: reply.conversationId, ownerId: ctx.user._id };
    const newReplyId = await insertPendingReply(ctx, owner, now, {
      reservation: admitted.reservation,
      byok: reply.byok,
      council,
      versionOf,
      fresh: true,
    });
    // The answer being replaced is not served to this prompt again, here or on another device.
    await forgetCacheForMessage(ctx, reply._id);
    await scheduleReply(
      ctx,
      { messageId: newReplyId, ownerId: ctx.user._id },
      { council, ownKey, cache: { fresh: true } },
      now,
    );
    return { messageId: newReplyId, needsOwnKey: ownKey ? reply.byok : undefined };
  },
});

/**
 * The admission of a new answer to the prompt before `reply` (retry,
 * regenerate): the same context, hold and limits as the send that asked it.
 * A council reply is answered by a council again (the members it had, checked
 * again), a docs reply from the same corpus, an own-key reply with the own key.
 */
async function admitReplyTo(ctx: UserMutationCtx, reply: Doc<"messages">) {
  const { turns: history, tokens } = await selectConversationContext(ctx, reply.conversationId, reply._creationTime);
  const prompt = history.at(-1);
  if (prompt?.role !== "user") throw appError("not_found");
  const chain = conversationChain(await ctx.db.get(reply.conversationId), ctx.user.tier);
  const ownKey = reply.byok !== undefined;
  const council = reply.council ? admitCouncil(ctx.user, await councilRequestOf(ctx, reply._id), ownKey) : undefined;
  const worstCaseMicros = council && councilHoldMicros(ctx.user, council, history);
  // A new answer asks a provider (no lookup); with the deployment's keys it holds for the recording's embedding.
  const docs = await docsHoldForReply(ctx, reply, prompt.content, tokens, !ownKey && !council);
  const admitted = await admitChatRequest(ctx, {
    user: ctx.user,
    content: prompt.content,
    chain,
    ownKey,
    worstCaseMicros,
    ...docs,
  });
  return { admitted, council, ownKey };
}
