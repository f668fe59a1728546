// Attack (by a failing provider): a stream that drops after some tokens, a
// malformed chunk, a failed-over attempt. The provider bills what it
// produced; we used to charge $0 for every attempt that did not finish.
import { vi, expect, it } from "vitest";
import { receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import { newBackend, settle, signIn } from "../test.setup";
import { costMicros, priceFor } from "../../rules/pricing";
import {
  expectBooksBalance,
  expectChargedLikeProduced,
  producedMicros,
  replyOf,
  spendOf,
  redTeamProviders,
} from "./billing.test-helpers";

// Real streams and timers against the LLM server: a loaded machine needs more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const llm = redTeamProviders();

async function sendAndFinish(name: string) {
  const t = newBackend();
  const user = await signIn(t, { name });
  const sent = await user.mutation(api.chat.send.send, { content: `question from ${name}` });
  await settle(t);
  return { t, user, reply: (await replyOf(t, sent.assistantMessageId))! };
}

/** What the server produced per provider, priced. */
async function producedBy(provider: string) {
  const calls = (await receivedRequests(llm.url)).filter((r) => r.provider === provider && r.produced);
  return calls.reduce((sum, r) => sum + costMicros(priceFor(r.provider, r.model!), r.produced!), 0);
}

it.each([
  ["a mid-stream drop", { dropAfterTokens: 12 }],
  ["a malformed chunk", { malformedAfterTokens: 12 }],
])("charges the broken Groq stream of %s as well as the OpenRouter reply that replaced it", async (_label, fault) => {
  await setFault(llm.url, { provider: "groq", fault });
  const { t, user, reply } = await sendAndFinish("dropped");
  expect(reply).toMatchObject({ status: "done", provider: "openrouter" });
  const spend = await spendOf(user);
  expect(spend.reservedMicros).toBe(0);
  // Both providers were paid: the broken stream's 12 tokens are not free.
  expect(await producedBy("groq")).toBeGreaterThan(0);
  expect(spend.spentMicros).toBeGreaterThan(await producedBy("openrouter"));
  expectChargedLikeProduced(spend.spentMicros, await producedMicros(llm.url));
  expect(reply.costMicros).toBe(spend.spentMicros);
  expect(reply.usage?.estimated).toBe(true); // the broken stream reported no usage
  await expectBooksBalance(t);
});

it("charges a failed reply for what its broken attempt produced, and shows none of that text", async () => {
  await setFault(llm.url, { provider: "groq", fault: { malformedAfterTokens: 8 } });
  await setFault(llm.url, { provider: "openrouter", fault: { status: 503 } });
  const { t, user, reply } = await sendAndFinish("failed");
  expect(reply.status).toBe("failed");
  expect(reply.content).toBe("");
  expect(reply.errorReason).toMatch(/Every AI provider failed/);
  const spend = await spendOf(user);
  expect(spend).toMatchObject({ reservedMicros: 0 });
  expect(spend.spentMicros).toBeGreaterThan(0);
  expectChargedLikeProduced(spend.spentMicros, await producedMicros(llm.url));
  await expectBooksBalance(t);
});

it("charges nothing for calls refused with an error status, only the reply that was produced", async () => {
  await setFault(llm.url, { provider: "groq", fault: { status: 500 } });
  const { t, user, reply } = await sendAndFinish("refused");
  expect(reply).toMatchObject({ status: "done", provider: "openrouter" });
  expect(await producedBy("groq")).toBe(0);
  const spend = await spendOf(user);
  expect(reply.usage?.estimated).toBe(false); // OpenRouter reported its usage: charged exactly
  expect(spend.spentMicros).toBe(await producedBy("openrouter"));
  await expectBooksBalance(t);
});
