import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearFaults, setFault } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { type Backend, codeOf, newBackend, settle, signIn, startProviders } from "../test.setup";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_test_key_one", OPENROUTER_API_KEY: "sk-or-test-key" });
});
afterAll(() => llm.close());

async function messages(as: Pick<Backend, "query">, conversationId: Id<"conversations">) {
  const page = await as.query(api.chat.messages.list, {
    conversationId,
    paginationOpts: { numItems: 50, cursor: null },
  });
  return page.page.reverse();
}

describe("send → generate → settle", () => {
  it("stores the message and a pending reply, then streams the demo reply into it", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice", tier: "pro" });
    const sent = await alice.mutation(api.chat.send.send, { content: "Hello there, model" });
    const before = await messages(alice, sent.conversationId);
    expect(before.map((m) => [m.role, m.status])).toEqual([
      ["user", "done"],
      ["assistant", "pending"],
    ]);
    expect((await alice.query(api.chat.conversations.list, {}))[0]?.title).toBe("Hello there, model");

    await settle(t);
    const [, reply] = await messages(alice, sent.conversationId);
    expect(reply?.status).toBe("done");
    expect(reply?.content).toContain("Offline demo model");
    expect(reply?.provider).toBe("groq");
    expect(reply?.usage?.estimated).toBe(false);
    expect(reply?.costMicros).toBeGreaterThan(0);
    const usage = await alice.query(api.guardrails.usage.mine, {});
    expect(usage.spend.spentMicros).toBe(reply?.costMicros);
    expect(usage.spend.reservedMicros).toBe(0);
  });

  it("fails over to OpenRouter when Groq errors, and records every attempt", async () => {
    const t = newBackend();
    const bob = await signIn(t, { name: "bob", tier: "pro" });
    await setFault(llm.url, { provider: "groq", fault: { status: 500 } });
    try {
      const sent = await bob.mutation(api.chat.send.send, { content: "fail over please" });
      await settle(t);
      const [, reply] = await messages(bob, sent.conversationId);
      expect(reply?.status).toBe("done");
      expect(reply?.provider).toBe("openrouter");
      expect(reply?.attempts?.filter((a) => a.provider === "groq").length).toBe(4); // 1 + 3 retries
      expect(reply?.attempts?.every((a) => !JSON.stringify(a).includes("gsk_test_key_one"))).toBe(true);
    } finally {
      await clearFaults(llm.url);
    }
  });

  it("marks the reply failed with a reason when every provider fails, keeps the user's message and charges nothing (nothing was produced)", async () => {
    const t = newBackend();
    const carol = await signIn(t, { name: "carol", tier: "pro" });
    await setFault(llm.url, { fault: { status: 503 } });
    try {
      const sent = await carol.mutation(api.chat.send.send, { content: "anyone there?" });
      await settle(t);
      const [question, reply] = await messages(carol, sent.conversationId);
      expect(question?.content).toBe("anyone there?");
      expect(reply?.status).toBe("failed");
      expect(reply?.errorReason).toMatch(/Every AI provider failed/);
      expect(reply?.content).toBe("");
      expect((await carol.query(api.guardrails.usage.mine, {})).spend).toMatchObject({
        reservedMicros: 0,
        spentMicros: 0,
      });
      await clearFaults(llm.url);
      await carol.mutation(api.chat.send.retry, { messageId: reply!._id });
      await settle(t);
      expect((await messages(carol, sent.conversationId))[1]?.status).toBe("done");
    } finally {
      await clearFaults(llm.url);
    }
  });

  // Changed on purpose (issue 12): Stop used to give the whole hold back, so a stopped reply was free.
  it("stops a reply in progress, keeps the text shown and charges what was produced", async () => {
    const t = newBackend();
    const dan = await signIn(t, { name: "dan", tier: "pro" });
    await setFault(llm.url, { fault: { tokenDelayMs: 30 } });
    try {
      const sent = await dan.mutation(api.chat.send.send, { content: "write slowly" });
      const done = settle(t);
      await expect
        .poll(async () => (await messages(dan, sent.conversationId))[1]?.content.length ?? 0, { timeout: 5000 })
        .toBeGreaterThan(0);
      expect(await dan.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId })).toBe(true);
      const shown = (await messages(dan, sent.conversationId))[1]?.content;
      await done;
      const [, reply] = await messages(dan, sent.conversationId);
      expect(reply?.status).toBe("stopped");
      expect(reply?.content).toBe(shown);
      const { spend } = await dan.query(api.guardrails.usage.mine, {});
      expect(spend.reservedMicros).toBe(0);
      expect(spend.spentMicros).toBeGreaterThan(0);
      expect(reply?.costMicros).toBe(spend.spentMicros);
    } finally {
      await clearFaults(llm.url);
    }
  });
});

it("refuses a second send while the conversation's reply is still in progress", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "impatient", tier: "pro" });
  const { conversationId } = await user.mutation(api.chat.send.send, { content: "first" });
  const error = await user.mutation(api.chat.send.send, { conversationId, content: "second" }).catch((e) => e);
  expect(codeOf(error)).toBe("invalid_input");
  await settle(t);
  await expect(user.mutation(api.chat.send.send, { conversationId, content: "second, later" })).resolves.toBeDefined();
  await settle(t);
});

describe("auth and ownership on every public function", () => {
  it("refuses anonymous callers", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice" });
    const { conversationId, assistantMessageId } = await alice.mutation(api.chat.send.send, { content: "mine" });
    const calls = [
      () => t.query(api.users.me.get, {}),
      () => t.mutation(api.users.me.ensure, {}),
      () => t.query(api.chat.conversations.list, {}),
      () => t.query(api.chat.conversations.get, { conversationId }),
      () => t.mutation(api.chat.conversations.create, {}),
      () => t.mutation(api.chat.conversations.rename, { conversationId, title: "x" }),
      () => t.mutation(api.chat.conversations.remove, { conversationId }),
      () => t.query(api.chat.messages.list, { conversationId, paginationOpts: { numItems: 5, cursor: null } }),
      () => t.mutation(api.chat.send.send, { conversationId, content: "hi" }),
      () => t.mutation(api.chat.send.stop, { messageId: assistantMessageId }),
      () => t.mutation(api.chat.send.retry, { messageId: assistantMessageId }),
      () => t.query(api.guardrails.usage.mine, {}),
      () => t.query(api.providers.queue.position, { messageId: assistantMessageId }),
    ];
    for (const call of calls) expect(codeOf(await call().catch((e) => e))).toBe("unauthenticated");
  });

  it("hides one user's conversations and messages from another", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice" });
    const eve = await signIn(t, { name: "eve" });
    const { conversationId, assistantMessageId } = await alice.mutation(api.chat.send.send, { content: "secret" });
    expect(await eve.query(api.chat.conversations.list, {})).toEqual([]);
    const calls = [
      () => eve.query(api.chat.conversations.get, { conversationId }),
      () => eve.mutation(api.chat.conversations.rename, { conversationId, title: "x" }),
      () => eve.mutation(api.chat.conversations.remove, { conversationId }),
      () => eve.query(api.chat.messages.list, { conversationId, paginationOpts: { numItems: 5, cursor: null } }),
      () => eve.mutation(api.chat.send.send, { conversationId, content: "hi" }),
      () => eve.mutation(api.chat.send.stop, { messageId: assistantMessageId }),
      () => eve.mutation(api.chat.send.retry, { messageId: assistantMessageId }),
    ];
    for (const call of calls) expect(codeOf(await call().catch((e) => e))).toBe("not_found");
    expect(await eve.query(api.providers.queue.position, { messageId: assistantMessageId })).toBeNull();
  });
});
