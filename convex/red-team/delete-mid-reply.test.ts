// Attack: delete the conversation while its reply streams. The delete used
// to release the whole hold, so the tokens the provider produced cost
// nothing. The attempt's hold outlives the message: the generation notices
// the reply is gone, stops, and pays for what was produced.
import { vi, expect, it } from "vitest";
import { receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import { newBackend, settle, signIn } from "../test.setup";
import {
  expectBooksBalance,
  expectChargedLikeProduced,
  ledger,
  producedMicros,
  spendOf,
  untilStreaming,
  redTeamProviders,
} from "./billing.test-helpers";

// Real streams and timers against the LLM server: a loaded machine needs more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const llm = redTeamProviders();

it("charges a reply deleted mid-stream for what was produced, and stops generating it", async () => {
  const t = newBackend();
  const mallory = await signIn(t, { name: "mallory" });
  await setFault(llm.url, { fault: { tokenDelayMs: 40 } });
  const sent = await mallory.mutation(api.chat.send.send, { content: "delete me while you talk" });
  const done = settle(t);
  await untilStreaming(t, sent.assistantMessageId);
  await mallory.mutation(api.chat.conversations.remove, { conversationId: sent.conversationId });
  await done;

  const spend = await spendOf(mallory);
  expect(spend.reservedMicros).toBe(0);
  expect(spend.spentMicros).toBeGreaterThan(0);
  const produced = await producedMicros(llm.url);
  expectChargedLikeProduced(spend.spentMicros, produced);
  // It stopped early: far fewer tokens than the whole demo reply (35+).
  const [call] = await receivedRequests(llm.url);
  expect(call?.produced?.completionTokens).toBeLessThan(30);
  const { holds, metrics } = await ledger(t);
  expect(holds).toMatchObject([{ state: "settled", messageId: sent.assistantMessageId }]);
  expect(metrics).toMatchObject([
    { outcome: "stopped", messageId: sent.assistantMessageId, costMicros: spend.spentMicros },
  ]);
  expect(await expectBooksBalance(t)).toBe(spend.spentMicros);
});

it("gives the hold back when the conversation is deleted before its reply started", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "quick" });
  const sent = await user.mutation(api.chat.send.send, { content: "gone before you start" });
  await user.mutation(api.chat.conversations.remove, { conversationId: sent.conversationId });
  await settle(t);
  expect(await spendOf(user)).toMatchObject({ spentMicros: 0, reservedMicros: 0 });
  expect((await producedMicros(llm.url)).calls).toBe(0);
});
