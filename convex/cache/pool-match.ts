import type { QueryCtx } from "../_generated/server";
import { sha256Hex } from "./keys";
import { normaliseMessage, type CacheTurn } from "./normalise";

/** The pool's key for a prompt: its normalised text, hashed (case, spacing and trailing punctuation do not matter). */
export function poolKeyOf(prompt: string): Promise<string> {
  return sha256Hex(JSON.stringify({ v: 1, tier: "pool", prompt: normaliseMessage(prompt) }));
}

export const sameChain = (a: readonly string[] | undefined, b: readonly string[]) =>
  !!a && a.length === b.length && a.every((link, i) => link === b[i]);

/**
 * The pool's answer to a first message (no earlier exchange: a prepared
 * answer knows no context), written by the same chain; null otherwise.
 */
export async function poolAnswerFor(ctx: QueryCtx, chain: readonly string[], turns: readonly CacheTurn[]) {
  const conversation = turns.filter((turn) => turn.role !== "system");
  if (conversation.length !== 1 || conversation[0]!.role !== "user") return null;
  const promptKey = await poolKeyOf(conversation[0]!.content);
  const row = await ctx.db
    .query("cachePool")
    .withIndex("by_prompt_key", (q) => q.eq("promptKey", promptKey))
    .first();
  return row?.answer && sameChain(row.chain, chain) ? row : null;
}
