// Attack: send, let the reply stream, press Stop — the whole hold used to be
// released and nothing charged, though the provider billed the prompt and
// every token produced. Five times a minute, all day, for free.
import { vi, afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { clearFaults, clearRequests, setFault } from "../../scripts/llm-server/control";
import { api } from "../_generated/api";
import { newBackend, settle, signIn, startProviders } from "../test.setup";
import { expectBooksBalance, expectChargedLikeProduced, PAID_CHAIN, producedMicros, replyOf, spendOf, untilStreaming } from "./billing.test-helpers";

// Real streams and timers against the LLM server: a loaded machine needs more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_red_team", OPENROUTER_API_KEY: "sk-or-red-team", LLM_FAILOVER_CHAIN: PAID_CHAIN });
});
afterAll(() => llm.close());
beforeEach(() => clearRequests(llm.url));
afterEach(() => clearFaults(llm.url));

it("charges a stopped reply the prompt and the text produced, and keeps the text the user saw", async () => {
  const t = newBackend();
  const mallory = await signIn(t, { name: "mallory" });
  await setFault(llm.url, { fault: { tokenDelayMs: 40 } });
  const sent = await mallory.mutation(api.chat.send.send, { content: "stream slowly so I can stop you" });
  const done = settle(t);
  await untilStreaming(t, sent.assistantMessageId);
  expect(await mallory.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId })).toBe(true);
  const shownAtStop = (await replyOf(t, sent.assistantMessageId))!.content;
  await done;

  const reply = (await replyOf(t, sent.assistantMessageId))!;
  expect(reply.status).toBe("stopped");
  expect(reply.content).toBe(shownAtStop);
  expect(reply.content.length).toBeGreaterThan(0);
  const spend = await spendOf(mallory);
  expect(spend.reservedMicros).toBe(0);
  expect(spend.spentMicros).toBeGreaterThan(0);
  expect(reply.costMicros).toBe(spend.spentMicros);
  expect(reply.usage?.estimated).toBe(true);
  expectChargedLikeProduced(spend.spentMicros, await producedMicros(llm.url));
  await expectBooksBalance(t);
});

it("gives the hold back, free, when Stop comes before any provider was asked", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "early" });
  const sent = await user.mutation(api.chat.send.send, { content: "never mind" });
  await user.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId }); // before the scheduled generation runs
  await settle(t);
  expect(await spendOf(user)).toMatchObject({ spentMicros: 0, reservedMicros: 0 });
  expect((await producedMicros(llm.url)).calls).toBe(0);
  await expectBooksBalance(t);
});
