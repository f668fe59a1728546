import { describe, expect, it } from "vitest";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { type Backend, newBackend, signIn } from "../test.setup";
import { snippetOf } from "./search-snippet";
import { hideBranchFrom } from "./versions";

/** A conversation with one exchange, stored as a finished send stores it. */
function exchange(
  t: Backend,
  ownerId: Id<"users">,
  title: string,
  question: string,
  reply: string,
  extra: { archived?: boolean } = {},
) {
  return t.run(async (ctx) => {
    const conversationId = await ctx.db.insert("conversations", { ownerId, title, updatedAt: Date.now(), ...extra });
    await ctx.db.insert("messages", { conversationId, ownerId, role: "user", content: question, status: "done" });
    await ctx.db.insert("messages", { conversationId, ownerId, role: "assistant", content: reply, status: "done" });
    return conversationId;
  });
}

describe("search", () => {
  it("never returns another user's conversations, whether the word is in a title or a message", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice" });
    const bob = await signIn(t, { name: "bob" });
    const alices = await exchange(t, alice.userId, "Zebra facts", "tell me", "Stripes help a zebra keep cool.");
    const bobsTitle = await exchange(t, bob.userId, "Zebra secrets", "private", "nothing");
    const bobsReply = await exchange(t, bob.userId, "Bob's other chat", "secret", "The zebra password is hunter2.");

    const forAlice = await alice.query(api.chat.search.conversations, { text: "zebra" });
    expect(forAlice.map((r) => r._id)).toEqual([alices]);
    expect(JSON.stringify(forAlice)).not.toContain("hunter2");
    const forBob = await bob.query(api.chat.search.conversations, { text: "zebra" });
    expect(forBob.map((r) => r._id).sort()).toEqual([bobsTitle, bobsReply].sort());
    // A word only another user wrote finds nothing at all.
    expect(await alice.query(api.chat.search.conversations, { text: "hunter2" })).toEqual([]);
  });

  it("finds a conversation by a word in a reply, with a snippet; archived ones too, marked", async () => {
    const t = newBackend();
    const carol = await signIn(t, { name: "carol" });
    const id = await exchange(t, carol.userId, "Animals", "which is fastest?", "The cheetah runs fastest on land.", {
      archived: true,
    });
    await exchange(t, carol.userId, "Plants", "ferns?", "Ferns are old.");
    const [hit, ...rest] = await carol.query(api.chat.search.conversations, { text: "cheetah" });
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      _id: id,
      title: "Animals",
      archived: true,
      snippet: "The cheetah runs fastest on land.",
    });
    expect(await carol.query(api.chat.search.conversations, { text: "   " })).toEqual([]);
  });
});

describe("search and versions", () => {
  it("reads only the shown branch: a word only in a hidden earlier version finds nothing", async () => {
    const t = newBackend();
    const dave = await signIn(t, { name: "dave" });
    const conversationId = await exchange(t, dave.userId, "Trip", "where to?", "Try the lighthouse at dawn.");
    // As an edit leaves it (chat/versions.ts): the question and its reply hidden as the earlier version, a new exchange shown.
    await t.run(async (ctx) => {
      const question = await ctx.db
        .query("messages")
        .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
        .first();
      const versionOf = await hideBranchFrom(ctx, question!);
      await ctx.db.insert("messages", {
        conversationId,
        ownerId: dave.userId,
        role: "user",
        content: "where else?",
        status: "done",
        versionOf,
      });
      await ctx.db.insert("messages", {
        conversationId,
        ownerId: dave.userId,
        role: "assistant",
        content: "The harbour market.",
        status: "done",
      });
    });
    expect(await dave.query(api.chat.search.conversations, { text: "lighthouse" })).toEqual([]);
    expect(await dave.query(api.chat.search.conversations, { text: "harbour" })).toMatchObject([
      { _id: conversationId, snippet: "The harbour market." },
    ]);
  });
});

describe("snippetOf", () => {
  it("shows the text around the first term, on one line, marking cuts", () => {
    const long = `${"a ".repeat(100)}needle\n${"b ".repeat(100)}`;
    const snippet = snippetOf(long, "needle");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("needle b");
    expect(snippetOf("short text", "absent")).toBe("short text");
  });
});
