import { paginationOptsValidator } from "convex/server";
import { v, type Infer } from "convex/values";
import type { Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { adminQuery } from "../lib/functions";
import type { auditAction, auditSource, auditValue } from "./tables";

export type AuditEntry = {
  actorId: Id<"users">;
  action: Infer<typeof auditAction>;
  targetId: Id<"users">;
  before: Infer<typeof auditValue>;
  after: Infer<typeof auditValue>;
  source?: Infer<typeof auditSource>;
};

/** Written in the same transaction as the change it describes: no change without its record. */
export async function writeAudit(ctx: MutationCtx, entry: AuditEntry, now = Date.now()) {
  await ctx.db.insert("auditLog", { ...entry, at: now });
  console.log(JSON.stringify({ event: "admin_change", ...entry, at: now }));
}

/** Newest first; optionally only the changes made to one user. */
export const list = adminQuery({
  args: { paginationOpts: paginationOptsValidator, targetId: v.optional(v.id("users")) },
  handler: async (ctx, { paginationOpts, targetId }) => {
    const query = targetId
      ? ctx.db.query("auditLog").withIndex("by_target_at", (q) => q.eq("targetId", targetId))
      : ctx.db.query("auditLog").withIndex("by_at");
    const page = await query.order("desc").paginate(paginationOpts);
    const names = new Map<Id<"users">, string>();
    for (const entry of page.page) {
      for (const id of [entry.actorId, entry.targetId])
        if (!names.has(id)) names.set(id, (await ctx.db.get(id))?.name ?? "(deleted user)");
    }
    return {
      ...page,
      page: page.page.map((e) => ({ ...e, actorName: names.get(e.actorId)!, targetName: names.get(e.targetId)! })),
    };
  },
});
