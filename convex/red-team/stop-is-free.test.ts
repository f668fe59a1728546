// Attack: send, let the reply stream, press Stop — the whole hold used to be
// released and nothing charged, though the provider billed the prompt and
// every token produced. Five times a minute, all day, for free.
import { vi, expect, it } from "vitest";
import { setFault } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import { newBackend, settle, signIn } from "../test.setup";
import {
  expectBooksBalance,
  expectChargedLikeProduced,
  producedMicros,
  replyOf,
  spendOf,
  untilStreaming,
  redTeamProviders,
} from "./billing.test-helpers";

// Real streams and timers against the LLM server: a loaded machine needs more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const llm = redTeamProviders();

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
