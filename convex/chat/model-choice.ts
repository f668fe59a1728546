import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import { chainForModel, type FailoverTarget } from "../../rules/failover-chain";
import type { Tier } from "../../rules/entitlements";
import { pickFor } from "../../rules/providers/catalogue";
import { appError } from "../lib/errors";
import { userMutation } from "../lib/functions";
import { resilienceConfig } from "../providers/settings";
import { modelValidator, providerValidator } from "../providers/validators";
import { ownConversation } from "./ownership";

// The model a user chose for a conversation (the composer's model picker).
// Checked against the tier's catalogue (rules/providers/catalogue.ts) when it
// is sent, stored on the conversation, and checked again whenever a chain is
// built from it, so a plan that lost a model cannot keep using it.

export const modelChoiceValidator = v.object({ provider: providerValidator, model: modelValidator });

/** The catalogue's own entry for a model the user's tier may pick; anything else is refused before anything is stored. */
export function admitModelChoice(user: Pick<Doc<"users">, "tier">, choice: { provider: string; model: string }) {
  const picked = pickFor(user.tier, choice);
  if (!picked)
    throw appError("invalid_input", {
      field: "model",
      message: `Your plan can't use ${choice.model}. Pick one of the models listed in the composer.`,
    });
  return picked;
}

/**
 * The chain a reply in this conversation walks, which its hold is priced on:
 * the chosen model (while the owner's tier may still pick it), then the
 * operator's failover chain (rules/failover-chain.ts chainForModel).
 */
export function conversationChain(
  conversation: Pick<Doc<"conversations">, "model"> | null | undefined,
  tier: Tier,
): FailoverTarget[] {
  return chainForModel(shownModelChoice(conversation, tier) ?? undefined, resilienceConfig().failoverChain);
}

/** The choice the server uses for a conversation (what the picker shows): its stored model while the owner's tier may still pick it. */
export function shownModelChoice(conversation: Pick<Doc<"conversations">, "model"> | null | undefined, tier: Tier) {
  const stored = conversation?.model;
  return stored && pickFor(tier, stored) ? { provider: stored.provider, model: stored.model } : null;
}

/**
 * The picker of an existing conversation: the choice is kept on the server, so
 * every device shows it and "Default" really clears it (a send without a model
 * keeps the stored one). A new chat's pick travels with its first send instead.
 */
export const choose = userMutation({
  args: { conversationId: v.id("conversations"), model: v.union(modelChoiceValidator, v.null()) },
  handler: async (ctx, { conversationId, model }) => {
    await ownConversation(ctx, ctx.user, conversationId);
    await ctx.db.patch(conversationId, { model: model ? admitModelChoice(ctx.user, model) : undefined });
  },
});
