import { v } from "convex/values";
import { validateInput } from "../../rules/input/validate-input";
import { consumeChatRequest } from "../guardrails/rate-limit";
import { admitNewConversation, admitStoredMessages } from "../guardrails/storage-quota";
import { recordReplyMetric } from "../metrics/record";
import { userMutation } from "../lib/functions";
import { appError } from "../lib/errors";
import { providerValidator } from "../providers/validators";
import { verifiedCacheSource } from "./cached-source";
import { admitModelChoice, conversationChain, modelChoiceValidator } from "./model-choice";
import { titleFrom } from "./conversations";
import { ownConversation } from "./ownership";
import { assertNoReplyInProgress } from "./send";

/**
 * Stores an exchange the browser answered from its response cache. The
 * browser names the earlier reply it showed (`sourceMessageId`); the server
 * checks that reply answered this very request (chat/cached-source.ts) and
 * copies its text, provider and model itself: nothing of the reply comes
 * from the client. The prompt passes the input rules and the copy counts
 * toward the per-minute limit; no provider is called, so no cost is held.
 */
export const copyCachedReply = userMutation({
  args: {
    conversationId: v.optional(v.id("conversations")),
    content: v.string(),
    sourceMessageId: v.id("messages"),
    ownKeyProvider: v.optional(providerValidator),
    /** The model picked for the conversation, as `send` takes it: the copy must come from that chain. */
    model: v.optional(modelChoiceValidator),
  },
  handler: async (ctx, args) => {
    const now = Date.now();
    const chosen = args.model && admitModelChoice(ctx.user, args.model);
    const input = validateInput(args.content);
    if (!input.ok) throw appError("invalid_input", { message: input.reason, field: "content" });
    const conversation = args.conversationId ? await ownConversation(ctx, ctx.user, args.conversationId) : undefined;
    if (conversation) await assertNoReplyInProgress(ctx, conversation._id);
    const source = await verifiedCacheSource(ctx, {
      user: ctx.user,
      sourceId: args.sourceMessageId,
      prompt: args.content,
      conversationId: conversation?._id,
      ownKeyProvider: args.ownKeyProvider,
      chain: conversationChain({ model: chosen ?? conversation?.model }, ctx.user.tier),
      now,
    });
    await consumeChatRequest(ctx, ctx.user, now);
    // A copy stores two messages (and maybe a conversation): the storage quotas count it like a send.
    if (!conversation) await admitNewConversation(ctx, ctx.user, now);
    await admitStoredMessages(ctx, ctx.user, 2);

    const conversationId =
      conversation?._id ??
      (await ctx.db.insert("conversations", {
        ownerId: ctx.user._id,
        title: titleFrom(args.content),
        updatedAt: now,
        model: chosen,
      }));
    if (conversation)
      await ctx.db.patch(conversation._id, {
        updatedAt: now,
        ...(conversation.title === "New chat" ? { title: titleFrom(args.content) } : {}),
        ...(chosen ? { model: chosen } : {}),
      });
    const owner = { conversationId, ownerId: ctx.user._id };
    await ctx.db.insert("messages", {
      ...owner,
      role: "user",
      content: args.content,
      status: "done",
      flags: input.flags.length ? input.flags : undefined,
    });
    const { content, provider, model } = source;
    const assistantMessageId = await ctx.db.insert("messages", {
      ...owner,
      role: "assistant",
      status: "done",
      cached: true,
      cacheTier: "browser",
      costMicros: 0,
      content,
      provider,
      model,
      timings: { requestedAt: now, finishedAt: now },
    });
    // Counted like any reply, as a cache hit (the hit rate and its alert depend on it), under the source's server-recorded model.
    const stored = (await ctx.db.get(assistantMessageId))!;
    await recordReplyMetric(
      ctx,
      { ...stored, status: "pending" },
      { ending: "done", provider, model, costMicros: 0, attempts: [] },
    );
    return { conversationId, assistantMessageId };
  },
});
