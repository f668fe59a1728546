import type { Doc } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { entitlementsFor } from "../../rules/entitlements";
import { validateInput } from "../../rules/input/validate-input";
import { worstCaseCostMicrosForTokens } from "../../rules/worst-case-cost";
import type { FailoverTarget } from "../../rules/failover-chain";
import { appError } from "../lib/errors";
import { reserve } from "./daily-spend";
import { consumeChatRequest } from "./rate-limit";

/** The input rules (rules/input/): throws invalid_input with the user-facing reason, else returns the flags. */
export function assertValidInput(content: string) {
  const input = validateInput(content);
  if (!input.ok) throw appError("invalid_input", { message: input.reason, field: "content" });
  return input.flags;
}

/**
 * Every guardrail a send passes, in one transaction: input rules, the rolling
 * per-minute limit, then the cost hold. `promptTokens` is the token count of
 * exactly the context that will be sent (convex/chat/context.ts
 * `selectConversationContext`). Any refusal throws, so the transaction stores nothing.
 */
export async function admitChatRequest(
  ctx: MutationCtx,
  args: {
    user: Doc<"users">;
    content: string;
    promptTokens: number;
    chain: readonly FailoverTarget[];
    ownKey?: boolean;
    worstCaseMicros?: number;
    extraHoldMicros?: number;
  },
) {
  const flags = assertValidInput(args.content);
  await consumeChatRequest(ctx, args.user);
  const { maxTokens } = entitlementsFor(args.user.tier);
  // With their own key the user pays the provider directly: no hold on our budget
  // (the browser keeps its own daily limit for BYOK spend).
  if (args.ownKey) return { flags, reservation: undefined, maxTokens };
  // The failover chain may end on any of its models: hold the dearest.
  // A council passes its own worst case (every call of every stage, rules/council.ts councilHold).
  const worstCase =
    args.worstCaseMicros ??
    Math.max(
      ...args.chain.map((link) =>
        worstCaseCostMicrosForTokens({ ...link, promptTokens: args.promptTokens, maxTokens }),
      ),
    );
  // extraHoldMicros: spend besides the model's (a docs question's embedding).
  const reservation = await reserve(ctx, args.user, worstCase + (args.extraHoldMicros ?? 0));
  return { flags, reservation, maxTokens };
}
