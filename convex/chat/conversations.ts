import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import { userMutation, userQuery } from "../lib/functions";
import { appError } from "../lib/errors";
import { shownModelChoice } from "./model-choice";
import { ownConversation } from "./ownership";
import { deleteConversationCascade } from "./cascade";
import { admitNewConversation } from "../guardrails/storage-quota";

const MAX_TITLE = 80;
export const MAX_LISTED = 100;

/** A title from the first message: its first line, shortened on a word boundary. */
export function titleFrom(text: string): string {
  const line = text.trim().split("\n")[0]?.trim() ?? "";
  if (line.length <= 48) return line || "New chat";
  const cut = line.slice(0, 48);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 20 ? cut.lastIndexOf(" ") : 48)}…`;
}

/** What the sidebar shows of a conversation. */
export function listed({ _id, title, updatedAt, pinned, archived }: Doc<"conversations">) {
  return { _id, title, updatedAt, pinned: pinned === true, archived: archived === true };
}

/** The main list: pinned conversations first, then the newest others; archived ones are left out (listArchived). */
export const list = userQuery({
  args: {},
  handler: async (ctx) => {
    const pinned = await ctx.db
      .query("conversations")
      .withIndex("by_owner_pinned", (q) => q.eq("ownerId", ctx.user._id).eq("pinned", true))
      .order("desc")
      .take(MAX_LISTED);
    const others = await ctx.db
      .query("conversations")
      .withIndex("by_owner_updated", (q) => q.eq("ownerId", ctx.user._id))
      .order("desc")
      .filter((q) => q.and(q.neq(q.field("pinned"), true), q.neq(q.field("archived"), true)))
      .take(MAX_LISTED);
    return [...pinned, ...others].map(listed);
  },
});

export const get = userQuery({
  args: { conversationId: v.id("conversations") },
  handler: async (ctx, { conversationId }) => {
    const conversation = await ownConversation(ctx, ctx.user, conversationId);
    const { _id, title, updatedAt } = conversation;
    // The model picker shows the server's choice, so another device shows it too.
    return { _id, title, updatedAt, model: shownModelChoice(conversation, ctx.user.tier) };
  },
});

/** A new, empty conversation: counted by the creation rate limit and the conversation quota. */
export const create = userMutation({
  args: { title: v.optional(v.string()) },
  handler: async (ctx, { title }) => {
    const cleaned = cleanTitle(title ?? "New chat");
    const now = Date.now();
    await admitNewConversation(ctx, ctx.user, now);
    return ctx.db.insert("conversations", { ownerId: ctx.user._id, title: cleaned, updatedAt: now });
  },
});

export const rename = userMutation({
  args: { conversationId: v.id("conversations"), title: v.string() },
  handler: async (ctx, { conversationId, title }) => {
    await ownConversation(ctx, ctx.user, conversationId);
    await ctx.db.patch(conversationId, { title: cleanTitle(title) });
  },
});

export const remove = userMutation({
  args: { conversationId: v.id("conversations") },
  handler: async (ctx, { conversationId }) => {
    await ownConversation(ctx, ctx.user, conversationId);
    await deleteConversationCascade(ctx, conversationId);
  },
});

function cleanTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed) throw appError("invalid_input", { message: "A title cannot be empty.", field: "title" });
  return trimmed.slice(0, MAX_TITLE);
}
