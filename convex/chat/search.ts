// Finding conversations: full-text search over titles and message text
// (Convex search indexes). Both indexes are filtered by the caller's own id,
// and every hit's conversation is read back and checked to be theirs: a
// search never names, counts or quotes another user's conversation. Only the
// shown branch is searched: an earlier version (chat/versions.ts) is not what
// the conversation says any more, so it neither finds it nor gives its snippet.
import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import { userQuery } from "../lib/functions";
import { listed } from "./conversations";
import { snippetOf } from "./search-snippet";

/** Search terms beyond this are ignored (Convex searches at most 16 terms anyway). */
const MAX_SEARCH_CHARS = 200;
const MAX_RESULTS = 20;
const MESSAGE_HITS = 50;

export const conversations = userQuery({
  args: { text: v.string() },
  handler: async (ctx, { text }) => {
    const terms = text.trim().slice(0, MAX_SEARCH_CHARS);
    if (!terms) return [];
    const ownerId = ctx.user._id;
    const byTitle = await ctx.db
      .query("conversations")
      .withSearchIndex("search_title", (q) => q.search("title", terms).eq("ownerId", ownerId))
      .take(MAX_RESULTS);
    const byMessage = await ctx.db
      .query("messages")
      .withSearchIndex("search_content", (q) =>
        q.search("content", terms).eq("ownerId", ownerId).eq("hiddenBranch", undefined),
      )
      .take(MESSAGE_HITS);
    const found = new Map<Id<"conversations">, { conversation: Doc<"conversations">; snippet: string | null }>();
    for (const conversation of byTitle) found.set(conversation._id, { conversation, snippet: null });
    for (const message of byMessage) {
      if (found.size >= MAX_RESULTS) break;
      const existing = found.get(message.conversationId);
      if (existing) {
        existing.snippet ??= snippetOf(message.content, terms);
        continue;
      }
      const conversation = await ctx.db.get(message.conversationId);
      if (conversation) found.set(conversation._id, { conversation, snippet: snippetOf(message.content, terms) });
    }
    return [...found.values()]
      .filter(({ conversation }) => conversation.ownerId === ownerId)
      .slice(0, MAX_RESULTS)
      .map(({ conversation, snippet }) => ({ ...listed(conversation), snippet }));
  },
});
