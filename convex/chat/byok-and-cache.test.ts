import { afterAll, beforeAll, expect, it } from "vitest";
import { receivedRequests } from "../../scripts/harness/llm-server/control";
import { keyIdOf } from "../../scripts/harness/llm-server/key-id";
import { api } from "../_generated/api";
import { newBackend, settle, signIn, startProviders } from "../test.setup";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_deployment_key" });
});
afterAll(() => llm.close());

it("generates a BYOK reply with the caller's key only, holds nothing on our budget, and stores no key", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "byok" });
  const ownKey = "gsk_users_own_key_123456";
  const sent = await user.mutation(api.chat.send.send, { content: "use my key", ownKeyProvider: "groq" });
  await settle(t); // nothing was scheduled for it
  expect((await t.run((ctx) => ctx.db.get(sent.assistantMessageId)))?.status).toBe("pending");

  const eve = await signIn(t, { name: "eve" });
  await expect(
    eve.action(api.chat.byok.generate, { messageId: sent.assistantMessageId, apiKey: "gsk_eve" }),
  ).rejects.toThrow();
  await user.action(api.chat.byok.generate, { messageId: sent.assistantMessageId, apiKey: ownKey });

  const reply = await t.run((ctx) => ctx.db.get(sent.assistantMessageId));
  expect(reply).toMatchObject({ status: "done", provider: "groq" });
  const last = (await receivedRequests(llm.url)).at(-1);
  expect(last?.keyId).toBe(await keyIdOf(ownKey));
  expect((await user.query(api.guardrails.usage.mine, {})).spend).toMatchObject({ spentMicros: 0, reservedMicros: 0 });
  const dump = JSON.stringify(
    await t.run(async (ctx) => [await ctx.db.query("messages").collect(), await ctx.db.query("keyUsage").collect()]),
  );
  expect(dump).not.toContain(ownKey);
});

it("stores a verified cache hit as a finished, free exchange without calling a provider", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "cache", tier: "pro" });
  const source = await user.mutation(api.chat.send.send, { content: "cached question" });
  await settle(t);
  const before = (await receivedRequests(llm.url)).length;
  const { conversationId } = await user.mutation(api.chat.cached.copyCachedReply, {
    content: "cached question",
    sourceMessageId: source.assistantMessageId,
  });
  await settle(t);
  const page = await user.query(api.chat.messages.list, {
    conversationId,
    paginationOpts: { numItems: 5, cursor: null },
  });
  expect(page.page.map((m) => [m.role, m.status, m.cached ?? false])).toEqual([
    ["assistant", "done", true],
    ["user", "done", false],
  ]);
  expect((await receivedRequests(llm.url)).length).toBe(before);
  expect((await user.query(api.guardrails.usage.mine, {})).requests.used).toBe(2); // the send and the copy
  const metrics = await t.run((ctx) => ctx.db.query("replyMetrics").collect());
  expect(metrics.map((m) => m.outcome).sort()).toEqual(["cached", "done"]);
  await expect(
    t.mutation(api.chat.cached.copyCachedReply, {
      content: "cached question",
      sourceMessageId: source.assistantMessageId,
    }),
  ).rejects.toThrow();
});
