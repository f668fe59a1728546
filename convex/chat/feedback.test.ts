import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../_generated/api";
import { type Backend, codeOf, newBackend, settle, signIn, startProviders } from "../test.setup";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_test_key_one", OPENROUTER_API_KEY: "sk-or-test-key" });
});
afterAll(() => llm.close());

async function answered(t: Backend, user: Awaited<ReturnType<typeof signIn>>, content: string) {
  const sent = await user.mutation(api.chat.send.send, { content });
  await settle(t);
  return sent;
}

describe("feedback on replies", () => {
  it("keeps one rating per user per reply, changeable, with an optional reason shown to admins only", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice", tier: "pro" });
    const admin = await signIn(t, { name: "root", role: "admin" });
    const { conversationId, assistantMessageId } = await answered(t, alice, "rate me");

    await alice.mutation(api.chat.feedback.rate, { messageId: assistantMessageId, rating: "up" });
    await alice.mutation(api.chat.feedback.rate, {
      messageId: assistantMessageId,
      rating: "down",
      reason: "  Made up a fact  ",
    });
    expect(await alice.query(api.chat.feedback.mine, { conversationId })).toEqual([
      { messageId: assistantMessageId, rating: "down", reason: "Made up a fact" },
    ]);
    expect(await t.run((ctx) => ctx.db.query("replyFeedback").collect())).toHaveLength(1);

    const summary = await admin.query(api.chat["feedback-summary"].summary, {});
    expect(summary.byModel).toEqual([{ model: "groq · openai/gpt-oss-20b", up: 0, down: 1 }]);
    expect(summary.reasons).toMatchObject([
      { rating: "down", reason: "Made up a fact", model: "groq · openai/gpt-oss-20b" },
    ]);
    await expect(alice.query(api.chat["feedback-summary"].summary, {})).rejects.toSatisfy(
      (e) => codeOf(e) === "forbidden",
    );
  });

  it("refuses a reason over the limit or against the input rules, and a reply still being written", async () => {
    const t = newBackend();
    const bob = await signIn(t, { name: "bob", tier: "pro" });
    const { conversationId, assistantMessageId, userMessageId } = await answered(t, bob, "first");
    const rate = (reason: string) =>
      bob.mutation(api.chat.feedback.rate, { messageId: assistantMessageId, rating: "down", reason });
    await expect(rate("x".repeat(501))).rejects.toSatisfy((e) => codeOf(e) === "invalid_input");
    await expect(rate("hidden \u202e override")).rejects.toSatisfy((e) => codeOf(e) === "invalid_input");
    await expect(bob.mutation(api.chat.feedback.rate, { messageId: userMessageId, rating: "up" })).rejects.toSatisfy(
      (e) => codeOf(e) === "invalid_input",
    );
    const pending = await bob.mutation(api.chat.send.send, { conversationId, content: "second" });
    await expect(
      bob.mutation(api.chat.feedback.rate, { messageId: pending.assistantMessageId, rating: "up" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "invalid_input");
    await settle(t);
    expect(await t.run((ctx) => ctx.db.query("replyFeedback").collect())).toHaveLength(0);
  });

  it("goes, with every version, when the conversation is deleted; the storage quota gets every message back", async () => {
    const t = newBackend();
    const carol = await signIn(t, { name: "carol", tier: "pro" });
    const { conversationId, assistantMessageId, userMessageId } = await answered(t, carol, "delete me later");
    await carol.mutation(api.chat.feedback.rate, { messageId: assistantMessageId, rating: "up", reason: "good" });
    await carol.mutation(api.chat.send.regenerate, { messageId: assistantMessageId });
    await settle(t);
    await carol.mutation(api.chat.send.edit, { messageId: userMessageId, content: "delete me later, edited" });
    await settle(t);
    expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(5);

    await carol.mutation(api.chat.conversations.remove, { conversationId });
    expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(0);
    expect(await t.run((ctx) => ctx.db.query("replyFeedback").collect())).toHaveLength(0);
    const counts = await t.run((ctx) => ctx.db.query("storageCounts").collect());
    expect(counts).toMatchObject([{ conversations: 0, messages: 0 }]);
  });
});
