import type { Doc } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { entitlementsFor } from "../../rules/entitlements";
import { validateInput } from "../../rules/input/validate-input";
import { worstCaseCostMicros } from "../../rules/pricing";
import type { FailoverTarget } from "../../rules/failover-chain";
import { appError } from "../lib/errors";
import { reserve } from "./daily-spend";
import { consumeChatRequest } from "./rate-limit";

/**
 * Every guardrail a send passes before anything is stored, in one
 * transaction: input rules, the per-minute limit, then the cost hold. Any
 * refusal throws, so the transaction stores nothing.
 */
export async function admitChatRequest(
  ctx: MutationCtx,
  args: { user: Doc<"users">; content: string; promptChars: number; chain: readonly FailoverTarget[]; ownKey?: boolean },
) {
  const input = validateInput(args.content);
  if (!input.ok) throw appError("invalid_input", { message: input.reason, field: "content" });
  await consumeChatRequest(ctx, args.user);
  const { maxTokens } = entitlementsFor(args.user.tier);
  // With their own key the user pays the provider directly: no hold on our budget
  // (the browser keeps its own daily limit for BYOK spend).
  if (args.ownKey) return { flags: input.flags, reservation: undefined, maxTokens };
  // The failover chain may end on any of its models: hold the dearest.
  const worstCase = Math.max(...args.chain.map((link) => worstCaseCostMicros({ ...link, promptChars: args.promptChars, maxTokens })));
  const reservation = await reserve(ctx, args.user, worstCase);
  return { flags: input.flags, reservation, maxTokens };
}
