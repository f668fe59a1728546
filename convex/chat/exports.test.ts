import { describe, expect, it } from "vitest";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { type Backend, newBackend, signIn } from "../test.setup";
import { conversationMarkdown } from "../../src/features/chat/conversations/export-markdown";
import { hideBranchFrom } from "./versions";

/** An exchange, then an edit of its question as chat/versions.ts leaves it: the first exchange hidden, a new one shown. */
async function editedExchange(t: Backend, ownerId: Id<"users">) {
  return t.run(async (ctx) => {
    const conversationId = await ctx.db.insert("conversations", { ownerId, title: "Trip", updatedAt: Date.now() });
    const question = await ctx.db.insert("messages", {
      conversationId,
      ownerId,
      role: "user",
      content: "Where to go?",
      status: "done",
    });
    await ctx.db.insert("messages", {
      conversationId,
      ownerId,
      role: "assistant",
      content: "The lighthouse.",
      status: "done",
    });
    const versionOf = await hideBranchFrom(ctx, (await ctx.db.get(question))!);
    await ctx.db.insert("messages", {
      conversationId,
      ownerId,
      role: "user",
      content: "Where to eat?",
      status: "done",
      versionOf,
    });
    await ctx.db.insert("messages", {
      conversationId,
      ownerId,
      role: "assistant",
      content: "The harbour market.",
      status: "done",
    });
    return conversationId;
  });
}

describe("export and versions", () => {
  it("JSON keeps earlier versions, marked hidden; Markdown and the import read only the shown branch", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice" });
    const file = await alice.query(api.chat.exports.conversation, {
      conversationId: await editedExchange(t, alice.userId),
    });
    const [conversation] = file.conversations;
    expect(conversation!.messages.map((m) => [m.content, "hidden" in m])).toEqual([
      ["Where to go?", true],
      ["The lighthouse.", true],
      ["Where to eat?", false],
      ["The harbour market.", false],
    ]);
    expect(conversation!.messages.filter((m) => "hidden" in m).every((m) => m.hidden === true)).toBe(true);

    const markdown = conversationMarkdown(conversation!, file.exportedAt);
    expect(markdown).toContain("Where to eat?");
    expect(markdown).toContain("The harbour market.");
    expect(markdown).not.toContain("Where to go?");
    expect(markdown).not.toContain("lighthouse");

    const { conversationIds } = await alice.mutation(api.chat.imports.importJson, { json: JSON.stringify(file) });
    const imported = await t.run((ctx) =>
      ctx.db
        .query("messages")
        .withIndex("by_conversation", (q) => q.eq("conversationId", conversationIds[0]!))
        .collect(),
    );
    expect(imported.map((m) => [m.role, m.content, m.hiddenBranch])).toEqual([
      ["user", "Where to eat?", undefined],
      ["assistant", "The harbour market.", undefined],
    ]);
  });
});
