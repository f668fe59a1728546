import { defineTable } from "convex/server";
import { v } from "convex/values";
import { replyTierValidator } from "../cache/tables";
import { corpusChoiceValidator } from "../docs/corpus";
import { providerValidator } from "../providers/validators";
import { storedDocsSourceValidator } from "./docs-mode";

export const messageStatus = v.union(
  v.literal("pending"), // stored, generation scheduled or queued
  v.literal("streaming"),
  v.literal("done"),
  v.literal("failed"),
  v.literal("stopped"),
);

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
  }).index("by_owner_updated", ["ownerId", "updatedAt"]),

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
    .index("by_owner", ["ownerId"])
    .index("by_status", ["status"]),
};
