import { defineTable } from "convex/server";
import { v } from "convex/values";
import { replyTierValidator } from "../cache/tables";
import { corpusChoiceValidator } from "../docs/corpus";
import { modelValidator, providerValidator } from "../providers/validators";
import { storedDocsSourceValidator } from "./docs-mode";

export const messageStatus = v.union(
  v.literal("pending"), // stored, generation scheduled or queued
  v.literal("streaming"),
  v.literal("done"),
  v.literal("failed"),
  v.literal("stopped"),
);

export const feedbackRating = v.union(v.literal("up"), v.literal("down"));

/** One provider call made for a reply; the message keeps every one. */
export const attemptValidator = v.object({
  provider: v.string(),
  model: v.string(),
  keyId: v.optional(v.string()),
  status: v.optional(v.number()),
  latencyMs: v.number(),
  errorClass: v.optional(v.string()),
});

export const chatTables = {
  conversations: defineTable({
    ownerId: v.id("users"),
    title: v.string(),
    updatedAt: v.number(),
    /** Shown above the date groups (chat/conversations.ts setPinned). */
    /** The model picked in the composer (chat/model-choice.ts); absent: the operator's failover chain. */
    model: v.optional(v.object({ provider: providerValidator, model: modelValidator })),
    pinned: v.optional(v.boolean()),
    /** Hidden from the main list, still searchable and listed under Archived. */
    archived: v.optional(v.boolean()),
  })
    .index("by_owner_updated", ["ownerId", "updatedAt"])
    .index("by_owner_pinned", ["ownerId", "pinned", "updatedAt"])
    .index("by_owner_archived", ["ownerId", "archived", "updatedAt"])
    .searchIndex("search_title", { searchField: "title", filterFields: ["ownerId"] }),

  messages: defineTable({
    conversationId: v.id("conversations"),
    ownerId: v.id("users"),
    role: v.union(v.literal("user"), v.literal("assistant")),
    content: v.string(),
    status: messageStatus,
    errorCode: v.optional(v.string()),
    errorReason: v.optional(v.string()),
    /** Guardrail heuristics that matched (e.g. prompt injection): sent, but recorded. */
    flags: v.optional(v.array(v.string())),
    provider: v.optional(v.string()),
    model: v.optional(v.string()),
    usage: v.optional(v.object({ promptTokens: v.number(), completionTokens: v.number(), estimated: v.boolean() })),
    costMicros: v.optional(v.number()),
    /** Worst-case cost held against the user's day until the reply settles. */
    reservation: v.optional(v.object({ day: v.string(), micros: v.number(), global: v.optional(v.boolean()) })),
    /** The generation attempt that owns this reply (a `holds` row, written at start): only it may write or settle. */
    attemptId: v.optional(v.id("holds")),
    cached: v.optional(v.boolean()),
    /** Which tier served the reply (convex/cache/): exact, semantic, fresh, pool, relaxed or the browser's copy. */
    cacheTier: v.optional(replyTierValidator),
    /** A relaxed (near) match: the question the served answer was written for, shown with it. */
    cacheQuestion: v.optional(v.string()),
    /** A council answers this reply (convex/council/): its run holds the stages; `content` is the final answer. */
    council: v.optional(v.boolean()),
    /** Set when the user's own key (never stored) generates this reply: the provider to use. */
    byok: v.optional(providerValidator),
    attempts: v.optional(v.array(attemptValidator)),
    /** On a user message sent in Docs mode: the corpus it asks (retry asks it again). */
    docsCorpus: v.optional(corpusChoiceValidator),
    /** On a docs reply: the sources it was given (for the citation panel), and citations dropped as not given. */
    docsSources: v.optional(v.array(storedDocsSourceValidator)),
    invalidCitations: v.optional(v.number()),
    /**
     * Set while the message is off the shown branch: the id of the version heading the hidden
     * branch it belongs to (convex/chat/versions.ts). Undefined = shown; context and the list read only those.
     */
    hiddenBranch: v.optional(v.id("messages")),
    /** Once a message has a second version (edit, regenerate): its first version's id, on every version. */
    versionOf: v.optional(v.id("messages")),
    /** A regenerated reply: ask a provider again, never answer it from a cache (joins cachewire's `fresh`). */
    fresh: v.optional(v.boolean()),
    timings: v.optional(
      v.object({
        requestedAt: v.number(),
        startedAt: v.optional(v.number()),
        firstTokenAt: v.optional(v.number()),
        finishedAt: v.optional(v.number()),
      }),
    ),
  })
    .index("by_conversation", ["conversationId"])
    // hiddenBranch undefined: the shown branch, in order; a version's id: its hidden branch.
    .index("by_conversation_branch", ["conversationId", "hiddenBranch"])
    .index("by_version_of", ["versionOf"])
    .index("by_owner", ["ownerId"])
    .index("by_status", ["status"])
    // Finding conversations (chat/search.ts): always filtered by owner, and to the shown branch.
    .searchIndex("search_content", { searchField: "content", filterFields: ["ownerId", "hiddenBranch"] }),

  /** One rating per user per reply (changeable); `reason` is the user's optional words, shown to admins only. */
  replyFeedback: defineTable({
    messageId: v.id("messages"),
    conversationId: v.id("conversations"),
    userId: v.id("users"),
    rating: feedbackRating,
    reason: v.optional(v.string()),
    /** Who answered, copied from the reply, so the admin view groups by model without reading messages. */
    provider: v.optional(v.string()),
    model: v.optional(v.string()),
    updatedAt: v.number(),
  })
    .index("by_message_user", ["messageId", "userId"])
    .index("by_conversation", ["conversationId"])
    .index("by_updated", ["updatedAt"]),
};
