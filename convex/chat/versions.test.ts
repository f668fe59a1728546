import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { reserve, settle as settleSpend } from "../guardrails/daily-spend";
import { type Backend, codeOf, newBackend, settle, signIn, startProviders } from "../test.setup";
import { uploadReady } from "../docs/fixtures.test-helpers";
import { conversationContext } from "./context";
import { hideBranchFrom } from "./versions";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_test_key_one", OPENROUTER_API_KEY: "sk-or-test-key" });
});
afterAll(() => llm.close());

type Signed = Awaited<ReturnType<typeof signIn>>;

/** The shown branch, oldest first. */
async function shown(as: Pick<Backend, "query">, conversationId: Id<"conversations">) {
  return (
    await as.query(api.chat.messages.list, { conversationId, paginationOpts: { numItems: 50, cursor: null } })
  ).page.reverse();
}

/** A finished exchange (or two) to edit and regenerate. */
async function conversationWith(t: Backend, user: Signed, ...prompts: string[]) {
  let conversationId: Id<"conversations"> | undefined;
  for (const content of prompts) {
    conversationId = (await user.mutation(api.chat.send.send, { conversationId, content })).conversationId;
    await settle(t);
  }
  return conversationId!;
}

const contextOf = (t: Backend, conversationId: Id<"conversations">) =>
  t.run((ctx) => conversationContext(ctx, conversationId));
const holdsOf = (t: Backend, messageId: Id<"messages">) =>
  t.run((ctx) =>
    ctx.db
      .query("holds")
      .filter((q) => q.eq(q.field("messageId"), messageId))
      .collect(),
  );

describe("edit and resend", () => {
  it("keeps the later turns as an earlier version, sends only the shown branch, and flips back and forth", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice", tier: "pro" });
    const conversationId = await conversationWith(t, alice, "first question", "second question");
    const [, , secondQuestion, secondReply] = await shown(alice, conversationId);

    await alice.mutation(api.chat.send.edit, { messageId: secondQuestion!._id, content: "second question, edited" });
    await settle(t);
    const edited = await shown(alice, conversationId);
    expect(edited.map((m) => m.content.slice(0, 24))).toEqual([
      "first question",
      expect.any(String),
      "second question, edited",
      expect.any(String),
    ]);
    expect(edited[2]?.versions).toEqual({ index: 2, count: 2, previousId: secondQuestion!._id, nextId: undefined });
    expect(edited[3]).toMatchObject({ status: "done" });
    // The edit's reply took one hold (the send path's), settled once by its generation.
    expect(await holdsOf(t, edited[3]!._id)).toMatchObject([
      { state: "settled", settledBy: "generation", costMicros: edited[3]!.costMicros },
    ]);
    // The model saw the first exchange and the edited question, never the earlier version or its reply.
    const context = (await contextOf(t, conversationId)).map((turn) => turn.content);
    expect(context).toContain("second question, edited");
    expect(context).not.toContain("second question");
    expect(context).not.toContain(secondReply!.content);

    await alice.mutation(api.chat.versions.show, { messageId: secondQuestion!._id });
    const back = await shown(alice, conversationId);
    expect(back.map((m) => m._id)).toEqual([edited[0]!._id, edited[1]!._id, secondQuestion!._id, secondReply!._id]);
    expect(back[2]?.versions).toMatchObject({ index: 1, count: 2, nextId: edited[2]!._id });
    expect((await contextOf(t, conversationId)).map((turn) => turn.content)).toContain(secondReply!.content);

    await alice.mutation(api.chat.versions.show, { messageId: edited[2]!._id });
    expect((await shown(alice, conversationId)).map((m) => m._id)).toEqual(edited.map((m) => m._id));
    // Nothing was destroyed: six messages kept, four shown.
    expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(6);
  });

  it("refuses what a send refuses and changes nothing: input rules, the per-minute limit", async () => {
    const t = newBackend();
    const bob = await signIn(t, { name: "bob", tier: "free" }); // 5 requests a minute
    const conversationId = await conversationWith(t, bob, "one");
    const [question] = await shown(bob, conversationId);
    const before = await shown(bob, conversationId);

    await expect(bob.mutation(api.chat.send.edit, { messageId: question!._id, content: " \u200b " })).rejects.toSatisfy(
      (e) => codeOf(e) === "invalid_input",
    );
    await expect(
      bob.mutation(api.chat.send.edit, { messageId: question!._id, content: "evil \u202e text" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "invalid_input");
    for (const content of ["two", "three", "four", "five"])
      await bob.mutation(api.chat.send.send, { conversationId, content }).then(() => settle(t));
    const full = await shown(bob, conversationId);
    await expect(
      bob.mutation(api.chat.send.edit, { messageId: question!._id, content: "one, edited" }),
    ).rejects.toSatisfy((e) => codeOf(e) === "rate_limited");
    expect((await shown(bob, conversationId)).map((m) => m._id)).toEqual(full.map((m) => m._id));
    expect(full.slice(0, 2).map((m) => m._id)).toEqual(before.map((m) => m._id));
  });
});

describe("regenerate", () => {
  it("makes a new version asked of a provider again (fresh), with one hold settled once, and keeps the old one", async () => {
    const t = newBackend();
    const carol = await signIn(t, { name: "carol", tier: "pro" });
    const conversationId = await conversationWith(t, carol, "tell me something");
    const [, oldReply] = await shown(carol, conversationId);

    const { messageId } = await carol.mutation(api.chat.send.regenerate, { messageId: oldReply!._id });
    const pending = await shown(carol, conversationId);
    expect(pending[1]).toMatchObject({
      _id: messageId,
      status: "pending",
      fresh: true,
      versions: { index: 2, count: 2, previousId: oldReply!._id },
    });
    await settle(t);

    const [question, newReply] = await shown(carol, conversationId);
    expect(newReply).toMatchObject({ _id: messageId, status: "done" });
    const holds = await holdsOf(t, messageId);
    expect(holds).toHaveLength(1);
    expect(holds[0]).toMatchObject({ state: "settled", costMicros: newReply!.costMicros, settledBy: "generation" });
    const usage = await carol.query(api.guardrails.usage.mine, {});
    expect(usage.spend).toMatchObject({
      reservedMicros: 0,
      spentMicros: oldReply!.costMicros! + newReply!.costMicros!,
    });

    await carol.mutation(api.chat.versions.show, { messageId: oldReply!._id });
    expect((await shown(carol, conversationId)).map((m) => [m._id, m.content])).toEqual([
      [question!._id, question!.content],
      [oldReply!._id, oldReply!.content],
    ]);
  });

  it("is refused at the per-minute limit and over the daily cap, taking no hold and hiding nothing", async () => {
    const t = newBackend();
    const dave = await signIn(t, { name: "dave", tier: "free" });
    const conversationId = await conversationWith(t, dave, "a", "b", "c", "d", "e");
    const reply = (await shown(dave, conversationId)).at(-1)!;
    await expect(dave.mutation(api.chat.send.regenerate, { messageId: reply._id })).rejects.toSatisfy(
      (e) => codeOf(e) === "rate_limited",
    );
    expect((await shown(dave, conversationId)).at(-1)).toMatchObject({ _id: reply._id });
    expect(await holdsOf(t, reply._id)).toHaveLength(1);

    const erin = await signIn(t, { name: "erin", tier: "pro" });
    const erinsConversation = await conversationWith(t, erin, "spend it");
    const erinsReply = (await shown(erin, erinsConversation)).at(-1)!;
    // Everything but a few micro-dollars of the $1.00 day is spent.
    await t.run(async (ctx) =>
      settleSpend(ctx, erin.userId, await reserve(ctx, (await ctx.db.get(erin.userId))!, 990_000), 999_990),
    );
    const spendBefore = (await erin.query(api.guardrails.usage.mine, {})).spend;
    await expect(erin.mutation(api.chat.send.regenerate, { messageId: erinsReply._id })).rejects.toSatisfy(
      (e) => codeOf(e) === "daily_cost_cap",
    );
    expect((await erin.query(api.guardrails.usage.mine, {})).spend).toEqual(spendBefore);
    expect((await shown(erin, erinsConversation)).map((m) => m.versions)).toEqual([undefined, undefined]);
  });

  it("is refused while a reply is being written", async () => {
    const t = newBackend();
    const frank = await signIn(t, { name: "frank", tier: "pro" });
    const conversationId = await conversationWith(t, frank, "first");
    const [, firstReply] = await shown(frank, conversationId);
    await frank.mutation(api.chat.send.send, { conversationId, content: "second" });
    await expect(frank.mutation(api.chat.send.regenerate, { messageId: firstReply!._id })).rejects.toSatisfy(
      (e) => codeOf(e) === "invalid_input",
    );
    await settle(t);
  });
});

describe("versions: the user's own key, and long branches", () => {
  it("regenerates an own-key reply with the own key again: no hold on the service's budget, nothing scheduled", async () => {
    const t = newBackend();
    const hana = await signIn(t, { name: "hana", tier: "pro" });
    const sent = await hana.mutation(api.chat.send.send, { content: "with my key", ownKeyProvider: "groq" });
    await hana.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId });
    const result = await hana.mutation(api.chat.send.regenerate, { messageId: sent.assistantMessageId });
    expect(result.needsOwnKey).toBe("groq");
    const [, reply] = await shown(hana, sent.conversationId);
    expect(reply).toMatchObject({
      _id: result.messageId,
      status: "pending",
      byok: "groq",
      versions: { index: 2, count: 2 },
    });
    expect((await hana.query(api.guardrails.usage.mine, {})).spend).toMatchObject({
      reservedMicros: 0,
      spentMicros: 0,
    });
    await hana.mutation(api.chat.send.stop, { messageId: result.messageId });
  });

  it("refuses to hide a branch longer than the limit, rather than cutting it short", async () => {
    const t = newBackend();
    const ivan = await signIn(t, { name: "ivan", tier: "pro" });
    const conversationId = await conversationWith(t, ivan, "one", "two");
    const [first] = await shown(ivan, conversationId);
    await expect(t.run(async (ctx) => hideBranchFrom(ctx, (await ctx.db.get(first!._id))!, 3))).rejects.toSatisfy(
      (e) => codeOf(e) === "invalid_input",
    );
    expect(await t.run(async (ctx) => hideBranchFrom(ctx, (await ctx.db.get(first!._id))!, 4))).toBe(first!._id);
    expect(await shown(ivan, conversationId)).toHaveLength(0);
  });
});

describe("versions of a docs question", () => {
  const GUIDE =
    "# Kettle\n\n## Descaling\n\nDescale the kettle monthly with white vinegar.\n\n## Warranty\n\nThe warranty covers the heating element for two years.";

  it("an edit asks the same corpus; a regenerated earlier version answers its own question, not the newer edit's", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada", tier: "pro" });
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    const sent = await ada.mutation(api.chat.send.send, {
      content: "How do I descale the kettle?",
      docs: { corpus: "personal" },
    });
    await settle(t);
    await ada.mutation(api.chat.send.edit, {
      messageId: sent.userMessageId,
      content: "What does the kettle warranty cover?",
    });
    await settle(t);
    const [, warranty] = await shown(ada, sent.conversationId);
    expect(warranty?.content).toContain("heating element for two years");
    expect(warranty?.docsSources?.length).toBeGreaterThan(0);

    // Back to the first question, then regenerate: its prompt is the shown (older) question.
    await ada.mutation(api.chat.versions.show, { messageId: sent.userMessageId });
    await ada.mutation(api.chat.send.regenerate, { messageId: sent.assistantMessageId });
    await settle(t);
    const [question, regenerated] = await shown(ada, sent.conversationId);
    expect(question?.content).toBe("How do I descale the kettle?");
    expect(regenerated).toMatchObject({ status: "done", versions: { index: 2, count: 2 } });
    expect(regenerated?.content).toContain("white vinegar");
  });
});

describe("nobody acts on another user's messages", () => {
  it("refuses edit, regenerate, version change and feedback on someone else's messages as not found", async () => {
    const t = newBackend();
    const owner = await signIn(t, { name: "owner", tier: "pro" });
    const mallory = await signIn(t, { name: "mallory", tier: "pro" });
    const conversationId = await conversationWith(t, owner, "mine");
    const [question, reply] = await shown(owner, conversationId);
    await owner.mutation(api.chat.send.regenerate, { messageId: reply!._id });
    await settle(t);

    const attempts = [
      mallory.mutation(api.chat.send.edit, { messageId: question!._id, content: "hijacked" }),
      mallory.mutation(api.chat.send.regenerate, { messageId: reply!._id }),
      mallory.mutation(api.chat.versions.show, { messageId: reply!._id }),
      mallory.mutation(api.chat.feedback.rate, { messageId: reply!._id, rating: "down" }),
      mallory.query(api.chat.feedback.mine, { conversationId }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toSatisfy((e) => codeOf(e) === "not_found");
    expect(await t.run((ctx) => ctx.db.query("replyFeedback").collect())).toHaveLength(0);
    expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(3);
  });

  it("refuses to edit a reply, or regenerate a user's message, or show a version that is not hidden", async () => {
    const t = newBackend();
    const gina = await signIn(t, { name: "gina", tier: "pro" });
    const conversationId = await conversationWith(t, gina, "hello");
    const [question, reply] = await shown(gina, conversationId);
    await expect(gina.mutation(api.chat.send.edit, { messageId: reply!._id, content: "x" })).rejects.toSatisfy(
      (e) => codeOf(e) === "invalid_input",
    );
    await expect(gina.mutation(api.chat.send.regenerate, { messageId: question!._id })).rejects.toSatisfy(
      (e) => codeOf(e) === "invalid_input",
    );
    await expect(gina.mutation(api.chat.versions.show, { messageId: reply!._id })).rejects.toSatisfy(
      (e) => codeOf(e) === "invalid_input",
    );
  });
});
