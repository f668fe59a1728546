import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearFaults, clearRequests, receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { type Backend, codeOf, newBackend, settle, signIn, startProviders } from "../test.setup";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_test_key_one", OPENROUTER_API_KEY: "sk-or-test-key" });
});
afterAll(() => llm.close());

const LLAMA = { provider: "groq", model: "llama-3.3-70b-versatile" } as const;

async function lastReply(as: Pick<Backend, "query">, conversationId: Id<"conversations">) {
  const page = await as.query(api.chat.messages.list, {
    conversationId,
    paginationOpts: { numItems: 50, cursor: null },
  });
  return page.page[0]!;
}

const reserved = async (as: Pick<Backend, "query">) =>
  (await as.query(api.guardrails.usage.mine, {})).spend.reservedMicros;

describe("the model picker's choice, on the server", { timeout: 30_000 }, () => {
  it("refuses a model the tier lacks before anything is stored", async () => {
    const t = newBackend();
    const free = await signIn(t, { name: "free-user", tier: "free" });
    const error = await free
      .mutation(api.chat.send.send, {
        content: "use the big one",
        model: { provider: "groq", model: "openai/gpt-oss-120b" },
      })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("invalid_input");
    expect((error as { data: { field?: string } }).data.field).toBe("model");
    expect(await free.query(api.chat.conversations.list, {})).toEqual([]);
    expect(await reserved(free)).toBe(0);
    // A name no catalogue lists, or a model under the wrong provider, never gets past the validators or the catalogue.
    await expect(
      free.mutation(api.chat.send.send, { content: "x", model: { provider: "groq", model: "gpt-4o" as never } }),
    ).rejects.toThrow();
    const wrongProvider = await free
      .mutation(api.chat.send.send, { content: "x", model: { provider: "openrouter", model: "openai/gpt-oss-20b" } })
      .catch((e: unknown) => e);
    expect(codeOf(wrongProvider)).toBe("invalid_input");
  });

  it("answers with the chosen model, keeps it for the conversation, and holds at the chosen model's chain", async () => {
    const t = newBackend();
    const plain = await signIn(t, { name: "default-chain", tier: "pro" });
    const chooser = await signIn(t, { name: "chooser", tier: "pro" });
    const content = "Which model answers this message?";
    await plain.mutation(api.chat.send.send, { content });
    const defaultHold = await reserved(plain);
    await settle(t);
    await clearRequests(llm.url);
    const sent = await chooser.mutation(api.chat.send.send, { content, model: LLAMA });
    // Same context, dearer chain (Llama 3.3 70B's rates are above the default chain's): a larger hold.
    expect(defaultHold).toBeGreaterThan(0);
    expect(await reserved(chooser)).toBeGreaterThan(defaultHold);
    await settle(t);
    expect(await lastReply(chooser, sent.conversationId)).toMatchObject({
      status: "done",
      provider: "groq",
      model: LLAMA.model,
    });

    // The next message names no model: the conversation's choice still answers it.
    await chooser.mutation(api.chat.send.send, { conversationId: sent.conversationId, content: "And this one?" });
    await settle(t);
    expect((await lastReply(chooser, sent.conversationId)).model).toBe(LLAMA.model);
    const chatModels = (await receivedRequests(llm.url))
      .filter((r) => r.path.endsWith("/chat/completions"))
      .map((r) => r.model);
    expect(chatModels).toEqual([LLAMA.model, LLAMA.model]);
  });

  it("refuses a cached copy that names a model the tier lacks", async () => {
    const t = newBackend();
    const free = await signIn(t, { name: "free-copier", tier: "free" });
    const sent = await free.mutation(api.chat.send.send, { content: "cache me" });
    await settle(t);
    const source = await lastReply(free, sent.conversationId);
    const error = await free
      .mutation(api.chat.cached.copyCachedReply, { content: "cache me", sourceMessageId: source._id, model: LLAMA })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("invalid_input");
    expect(await free.query(api.chat.conversations.list, {})).toHaveLength(1);
  });

  it("stops using a stored choice the owner's tier no longer has", async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "downgraded", tier: "pro" });
    const sent = await user.mutation(api.chat.send.send, { content: "first, on my pick", model: LLAMA });
    await settle(t);
    await t.run((ctx) => ctx.db.patch(user.userId, { tier: "free" }));
    await user.mutation(api.chat.send.send, { conversationId: sent.conversationId, content: "now on the free plan" });
    await settle(t);
    expect((await lastReply(user, sent.conversationId)).model).toBe("openai/gpt-oss-20b");
  });

  it("falls back to the operator's chain when the chosen model fails", async () => {
    const t = newBackend();
    const pro = await signIn(t, { name: "fallback", tier: "pro" });
    await setFault(llm.url, { provider: "groq", model: LLAMA.model, fault: { status: 500 } });
    try {
      const sent = await pro.mutation(api.chat.send.send, { content: "fail over from my choice", model: LLAMA });
      await settle(t);
      const reply = await lastReply(pro, sent.conversationId);
      expect(reply).toMatchObject({ status: "done", provider: "groq", model: "openai/gpt-oss-20b" });
      expect(reply.attempts?.[0]).toMatchObject({ provider: "groq", model: LLAMA.model });
    } finally {
      await clearFaults(llm.url);
    }
  });

  it("keeps an existing conversation's choice on the server: every device reads it, Default clears it, owner and tier checked", async () => {
    const t = newBackend();
    const owner = await signIn(t, { name: "two-devices", tier: "pro" });
    const other = await signIn(t, { name: "someone-else", tier: "pro" });
    const { conversationId } = await owner.mutation(api.chat.send.send, { content: "pick first", model: LLAMA });
    await settle(t);
    // What any device's picker reads: the conversation's stored choice.
    expect((await owner.query(api.chat.conversations.get, { conversationId })).model).toEqual(LLAMA);

    // "Default" in the picker clears it on the server, so the next send really uses the operator's chain.
    await owner.mutation(api.chat["model-choice"].choose, { conversationId, model: null });
    expect((await owner.query(api.chat.conversations.get, { conversationId })).model).toBeNull();
    await owner.mutation(api.chat.send.send, { conversationId, content: "now on the default" });
    await settle(t);
    expect((await lastReply(owner, conversationId)).model).toBe("openai/gpt-oss-20b");

    await owner.mutation(api.chat["model-choice"].choose, { conversationId, model: LLAMA });
    expect((await owner.query(api.chat.conversations.get, { conversationId })).model).toEqual(LLAMA);
    // Nobody else sets it, and a model the tier lacks is refused (the choice stays).
    expect(
      codeOf(
        await other.mutation(api.chat["model-choice"].choose, { conversationId, model: null }).catch((e: unknown) => e),
      ),
    ).toBe("not_found");
    await t.run((ctx) => ctx.db.patch(owner.userId, { tier: "free" }));
    const refused = await owner
      .mutation(api.chat["model-choice"].choose, {
        conversationId,
        model: { provider: "groq", model: "openai/gpt-oss-120b" },
      })
      .catch((e: unknown) => e);
    expect(codeOf(refused)).toBe("invalid_input");
    // A stored choice the tier lost shows as Default, as the server then ignores it.
    expect((await owner.query(api.chat.conversations.get, { conversationId })).model).toBeNull();
  });
});
