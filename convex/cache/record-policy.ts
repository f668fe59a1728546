import type { Doc } from "../_generated/dataModel";
import type { CacheTurn } from "./normalise";

export type CacheRefusal =
  | "not_found"
  | "not_a_finished_reply"
  | "byok"
  | "flagged"
  | "estimated_usage"
  | "cached_copy"
  | "empty"
  | "prompt_mismatch";

/**
 * Why a reply must not enter the server cache, or null when it may. Only a
 * finished ("done") reply generated on the operator's keys with the
 * provider's own usage, whose prompt raised no flag, and which is not itself
 * a cached copy. `turns` must end with the stored prompt, so an entry can
 * never pair one question with another question's answer. Pure.
 */
export function cacheRefusalOf(
  reply: Doc<"messages"> | null,
  prompt: Doc<"messages"> | null,
  turns: readonly CacheTurn[],
): CacheRefusal | null {
  if (!reply || !prompt || reply.role !== "assistant" || prompt.role !== "user") return "not_found";
  if (reply.status !== "done") return "not_a_finished_reply";
  if (reply.byok !== undefined) return "byok";
  if ((reply.flags?.length ?? 0) > 0 || (prompt.flags?.length ?? 0) > 0) return "flagged";
  if (reply.usage === undefined || reply.usage.estimated) return "estimated_usage";
  if (reply.cached) return "cached_copy";
  if (reply.content.trim() === "" || !reply.provider || !reply.model) return "empty";
  const last = turns.at(-1);
  if (last?.role !== "user" || last.content !== prompt.content || prompt.conversationId !== reply.conversationId)
    return "prompt_mismatch";
  return null;
}
