// Attack: a user's own key fed the deployment's provider state. A bad BYOK
// key raised `key_rejected`, marked `own-key` bad, dropped Groq's health and
// — answering at all — closed an open breaker. A user's key must touch none
// of the operator's breakers, key pool, health, provider budget or alerts.
import { vi, afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { clearFaults, setFault } from "../../scripts/harness/llm-server/control";
import { keyIdOf } from "../../scripts/harness/llm-server/key-id";
import { api } from "../_generated/api";
import { newBackend, signIn, startProviders, type Backend } from "../test.setup";
import { providerState } from "../providers/state";

// Real streams and timers against the LLM server: a loaded machine needs more than the 5 s default.
vi.setConfig({ testTimeout: 30_000 });

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_deployment_key" });
});
afterAll(() => llm.close());
afterEach(() => clearFaults(llm.url));

const OPEN = { state: "open" as const, consecutiveFailures: 5, probeInFlight: false };

/** Everything of the operator's that a provider call could touch. */
const operatorState = (t: Backend) =>
  t.run(async (ctx) => ({
    providers: (await ctx.db.query("providerState").collect()).map(({ _creationTime: _c, ...row }) => row),
    keyUsage: await ctx.db.query("keyUsage").collect(),
    calls: await ctx.db.query("providerCalls").collect(),
    alerts: await ctx.db.query("alerts").collect(),
  }));

async function byokReply(t: Backend, apiKey: string) {
  const user = await signIn(t, { name: "byok-user" });
  const sent = await user.mutation(api.chat.send.send, { content: "with my own key", ownKeyProvider: "groq" });
  await user.action(api.chat.byok.generate, { messageId: sent.assistantMessageId, apiKey });
  return (await t.run((ctx) => ctx.db.get(sent.assistantMessageId)))!;
}

async function openGroqBreaker(t: Backend) {
  await t.run(async (ctx) => {
    const row = await providerState(ctx, "groq");
    await ctx.db.patch(row._id, { breaker: { ...OPEN, openedAt: Date.now() } });
  });
}

it.each([
  ["a rejected (401) key", 401],
  ["a key the provider answers with 500", 500],
])("%s against an open breaker changes nothing of the operator's", async (_label, status) => {
  const t = newBackend();
  await openGroqBreaker(t);
  const before = await operatorState(t);
  const badKey = `gsk_users_bad_key_${status}`;
  await setFault(llm.url, { keyId: await keyIdOf(badKey), fault: { status } });
  const reply = await byokReply(t, badKey);
  expect(reply.status).toBe("failed");
  const after = await operatorState(t);
  expect(after).toEqual(before);
  expect(after.providers[0]?.breaker.state).toBe("open");
  expect(after.alerts.filter((a) => a.kind === "key_rejected")).toEqual([]);
});

it("a good own key, answering while the deployment's breaker is open, does not close it; its metric is labelled byok", async () => {
  const t = newBackend();
  await openGroqBreaker(t);
  const before = await operatorState(t);
  const reply = await byokReply(t, "gsk_users_good_key");
  expect(reply.status).toBe("done");
  expect(await operatorState(t)).toEqual(before);
  const metrics = await t.run((ctx) => ctx.db.query("replyMetrics").collect());
  expect(metrics).toMatchObject([{ byok: true, provider: "byok:groq", outcome: "done" }]);
  // The user paid the provider: nothing lands in the operator's spend tables.
  expect(await t.run((ctx) => ctx.db.query("spendByUserDay").collect())).toEqual([]);
  expect(await t.run((ctx) => ctx.db.query("holds").collect())).toMatchObject([
    { byok: true, micros: 0, state: "settled" },
  ]);
});
