// Conversations with a finished reply, for the cache's convex-test suites
// (two dots: not deployed). Messages are written as the generation leaves
// them: a done reply with the provider's usage.
import { internal } from "../_generated/api";
import type { Doc, Id } from "../_generated/dataModel";
import type { Backend } from "../test.setup";
import type { CacheTurn } from "./normalise";

export const CHAIN = ["groq:openai/gpt-oss-20b", "openrouter:qwen/qwen3-coder:free"];
const SYSTEM: CacheTurn = { role: "system", content: "You are a helpful assistant. Answer in Markdown." };

type ReplySpec = {
  prompt: string;
  reply?: string;
  /** Earlier user/assistant exchanges, oldest first. */
  earlier?: Array<[string, string]>;
  /** Overrides on the reply message (status, byok, usage, flags, cached…). */
  replyFields?: Partial<Doc<"messages">>;
  promptFlags?: string[];
};

/** The turns the generation would send for `prompt` after `earlier`. */
export function turnsFor(prompt: string, earlier: Array<[string, string]> = []): CacheTurn[] {
  const history = earlier.flatMap(([q, a]): CacheTurn[] => [
    { role: "user", content: q },
    { role: "assistant", content: a },
  ]);
  return [SYSTEM, ...history, { role: "user", content: prompt }];
}

export async function conversationWithReply(t: Backend, ownerId: Id<"users">, spec: ReplySpec) {
  const now = Date.now();
  const ids = await t.run(async (ctx) => {
    const conversationId = await ctx.db.insert("conversations", {
      ownerId,
      title: spec.prompt.slice(0, 40),
      updatedAt: now,
    });
    const common = { conversationId, ownerId, status: "done" as const };
    for (const [q, a] of spec.earlier ?? []) {
      await ctx.db.insert("messages", { ...common, role: "user", content: q });
      await ctx.db.insert("messages", {
        ...common,
        role: "assistant",
        content: a,
        provider: "groq",
        model: "openai/gpt-oss-20b",
      });
    }
    await ctx.db.insert("messages", { ...common, role: "user", content: spec.prompt, flags: spec.promptFlags });
    const replyId = await ctx.db.insert("messages", {
      ...common,
      role: "assistant",
      content: spec.reply ?? `Answer to: ${spec.prompt}`,
      provider: "groq",
      model: "openai/gpt-oss-20b",
      usage: { promptTokens: 20, completionTokens: 40, estimated: false },
      costMicros: 15,
      ...spec.replyFields,
    });
    return { conversationId, replyId };
  });
  return { ...ids, turns: turnsFor(spec.prompt, spec.earlier) };
}

export function record(t: Backend, replyId: Id<"messages">, turns: CacheTurn[], now = Date.now()) {
  return t.action(internal.cache.actions.record, { replyId, chain: CHAIN, turns, now });
}

export function lookup(t: Backend, ownerId: Id<"users">, turns: CacheTurn[], now = Date.now()) {
  return t.action(internal.cache.actions.lookup, { ownerId, chain: CHAIN, turns, now });
}

export function lookupRelaxed(t: Backend, ownerId: Id<"users">, turns: CacheTurn[], now = Date.now()) {
  return t.action(internal.cache.actions.lookupRelaxed, { ownerId, chain: CHAIN, turns, now });
}

/** Records `prompt` → its answer for `ownerId` and returns the ids. */
export async function cachedAnswer(t: Backend, ownerId: Id<"users">, spec: ReplySpec) {
  const made = await conversationWithReply(t, ownerId, spec);
  const outcome = await record(t, made.replyId, made.turns);
  if (!("stored" in outcome)) throw new Error(`fixture not cached: ${outcome.refused}`);
  return made;
}
