import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { settleRunCost } from "./hold";

/**
 * With its conversation: the code runs (a hold still open is given back) and
 * the sandbox, killed now rather than left to run out its keep-alive.
 */
export async function deleteCodeRunsOfConversation(ctx: MutationCtx, conversationId: Id<"conversations">) {
  const runs = await ctx.db
    .query("codeRuns")
    .withIndex("by_conversation_status", (q) => q.eq("conversationId", conversationId))
    .collect();
  for (const run of runs) {
    if (run.reservation) await settleRunCost(ctx, run.ownerId, run.reservation, 0);
    await ctx.db.delete(run._id);
  }
  const sandbox = await ctx.db
    .query("codeSandboxes")
    .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
    .unique();
  if (!sandbox) return;
  await ctx.db.delete(sandbox._id);
  await ctx.scheduler.runAfter(0, internal.code.execute.killSandbox, { sandboxId: sandbox.sandboxId });
}
