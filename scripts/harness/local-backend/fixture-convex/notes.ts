// Protocol conformance fixture: just enough functions to exercise every
// message type of the sync protocol.
import {
  actionGeneric,
  internalMutationGeneric,
  makeFunctionReference,
  mutationGeneric,
  paginationOptsValidator,
  queryGeneric,
} from "convex/server";
import { ConvexError, v } from "convex/values";

const insertNote = makeFunctionReference<"mutation", { owner: string; text: string }>("notes:insertInternal");

async function owner(ctx: { auth: { getUserIdentity(): Promise<{ tokenIdentifier: string } | null> } }) {
  const identity = await ctx.auth.getUserIdentity();
  if (!identity) throw new ConvexError({ code: "unauthenticated" });
  return identity.tokenIdentifier;
}

export const whoami = queryGeneric({ args: {}, handler: async (ctx) => (await ctx.auth.getUserIdentity()) ?? null });
export const mine = queryGeneric({
  args: {},
  handler: async (ctx) => {
    const me = await owner(ctx);
    return (
      await ctx.db
        .query("notes")
        .withIndex("by_owner", (q) => q.eq("owner", me))
        .collect()
    ).map((n) => n.text);
  },
});
export const page = queryGeneric({
  args: { paginationOpts: paginationOptsValidator },
  handler: async (ctx, args) => ctx.db.query("notes").order("asc").paginate(args.paginationOpts),
});
export const add = mutationGeneric({
  args: { text: v.string() },
  handler: async (ctx, { text }) => {
    if (text.length > 20) throw new ConvexError({ code: "invalid_input", max: 20 });
    return ctx.db.insert("notes", { owner: await owner(ctx), text });
  },
});
export const addLater = mutationGeneric({
  args: { text: v.string(), delayMs: v.number() },
  handler: async (ctx, { text, delayMs }) => {
    await ctx.scheduler.runAfter(delayMs, insertNote, { owner: await owner(ctx), text });
  },
});
export const insertInternal = internalMutationGeneric({
  args: { owner: v.string(), text: v.string() },
  handler: async (ctx, args) => void (await ctx.db.insert("notes", args)),
});
export const counter = queryGeneric({
  args: { name: v.string() },
  handler: async (ctx, { name }) =>
    (
      await ctx.db
        .query("counters")
        .withIndex("by_name", (q) => q.eq("name", name))
        .unique()
    )?.value ?? 0,
});
// Read-modify-write: only correct if mutations are serialised.
export const increment = mutationGeneric({
  args: { name: v.string() },
  handler: async (ctx, { name }) => {
    const row = await ctx.db
      .query("counters")
      .withIndex("by_name", (q) => q.eq("name", name))
      .unique();
    if (row) await ctx.db.patch(row._id, { value: row.value + 1 });
    else await ctx.db.insert("counters", { name, value: 1 });
  },
});
export const addViaAction = actionGeneric({
  args: { text: v.string() },
  handler: async (ctx, { text }): Promise<string> => {
    const me = await owner(ctx);
    await ctx.runMutation(insertNote, { owner: me, text });
    return `added ${text}`;
  },
});

/** A deployment env var, as functions read them: for `npx convex env set` conformance. */
export const greeting = queryGeneric({ args: {}, handler: async () => process.env.FIXTURE_GREETING ?? null });
