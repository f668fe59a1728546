// Attack: change the custom instructions, then replay a browser cache hit of
// a reply written under the old ones. The server must not copy it.
import { describe, expect, it } from "vitest";
import { api } from "../_generated/api";
import { resilienceConfig } from "../providers/settings";
import { codeOf, newBackend, signIn } from "../test.setup";

describe("custom instructions and verified cache copies", () => {
  it("a reply finished before the instructions changed is no longer a cache source", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "hank", tier: "pro" });
    const [first] = resilienceConfig().failoverChain;
    const { sourceId } = await t.run(async (ctx) => {
      const now = Date.now();
      const conversationId = await ctx.db.insert("conversations", { ownerId: user.userId, title: "q", updatedAt: now });
      await ctx.db.insert("messages", {
        conversationId,
        ownerId: user.userId,
        role: "user",
        content: "same question",
        status: "done",
      });
      const sourceId = await ctx.db.insert("messages", {
        conversationId,
        ownerId: user.userId,
        role: "assistant",
        content: "answer",
        status: "done",
        provider: first!.provider,
        model: first!.model,
        timings: { requestedAt: now - 10, finishedAt: now - 5 },
      });
      return { conversationId, sourceId };
    });
    const copy = () =>
      user.mutation(api.chat.cached.copyCachedReply, { content: "same question", sourceMessageId: sourceId });
    await expect(copy()).resolves.toBeDefined();
    await user.mutation(api.users.instructions.save, { text: "Answer like a pirate." });
    expect(codeOf(await copy().catch((e) => e))).toBe("cached_reply_unverified");
  });

  it("a reply under a conversation's own instructions is not copied into a conversation without them", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "iris", tier: "pro" });
    const [first] = resilienceConfig().failoverChain;
    const conversationId = await user.mutation(api.chat.conversations.create, { title: "pirate" });
    await user.mutation(api.users.instructions.save, { text: "Answer like a pirate.", conversationId });
    const sourceId = await t.run(async (ctx) => {
      const now = Date.now();
      await ctx.db.insert("messages", {
        conversationId,
        ownerId: user.userId,
        role: "user",
        content: "same question",
        status: "done",
      });
      return ctx.db.insert("messages", {
        conversationId,
        ownerId: user.userId,
        role: "assistant",
        content: "Arr.",
        status: "done",
        provider: first!.provider,
        model: first!.model,
        timings: { requestedAt: now, finishedAt: now + 1 },
      });
    });
    const copied = await user
      .mutation(api.chat.cached.copyCachedReply, { content: "same question", sourceMessageId: sourceId })
      .catch((e) => e);
    expect(codeOf(copied)).toBe("cached_reply_unverified");
  });
});
