// Attack: read the deployment's key fingerprints (and which key failed with
// what) from the reply attempts any user gets in their own message list.
import { afterAll, beforeAll, expect, it } from "vitest";
import { clearFaults, setFault } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import { keyIdFor } from "../providers/resilience/key-id";
import { newBackend, settle, signIn, startProviders } from "../test.setup";

const GROQ_KEY = "gsk_red_team_deployment_key";
const OPENROUTER_KEY = "sk-or-red-team-deployment-key";
let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({
    GROQ_API_KEY: GROQ_KEY,
    OPENROUTER_API_KEY: OPENROUTER_KEY,
    GROQ_API_KEYS: "",
    OPENROUTER_API_KEYS: "",
  });
});
afterAll(() => llm.close());

it("a failed-over reply's attempts carry key ids in the database, and none of the user's queries return them", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "curious", tier: "pro" });
  await setFault(llm.url, { provider: "groq", fault: { status: 500 } });
  let sent;
  try {
    sent = await user.mutation(api.chat.send.send, { content: "which keys do you use?" });
    await settle(t);
  } finally {
    await clearFaults(llm.url);
  }
  const secrets = [keyIdFor("groq", GROQ_KEY), keyIdFor("openrouter", OPENROUTER_KEY)];
  // The attempts really hold them: otherwise this test could not fail.
  const stored = JSON.stringify(await t.run((ctx) => ctx.db.get(sent.assistantMessageId)));
  for (const secret of secrets) expect(stored).toContain(secret);
  expect(stored).toContain('"errorClass"');

  const seen = {
    messages: await user.query(api.chat.messages.list, {
      conversationId: sent.conversationId,
      paginationOpts: { numItems: 20, cursor: null },
    }),
    conversations: await user.query(api.chat.conversations.list, {}),
    conversation: await user.query(api.chat.conversations.get, { conversationId: sent.conversationId }),
    export: await user.query(api.retention.export.mine, {}),
    usage: await user.query(api.guardrails.usage.mine, {}),
    health: await user.query(api.providers.health.get, {}),
    alerts: await user.query(api.alerts.client.today, {}),
    me: await user.query(api.users.me.get, {}),
  };
  const text = JSON.stringify(seen);
  for (const secret of secrets) expect(text).not.toContain(secret);
  for (const internal of ['"keyId"', '"errorClass"', '"latencyMs"', '"attemptId"', '"reservation"', "own-key"])
    expect(text).not.toContain(internal);

  // What the reply footer needs is still there.
  const reply = seen.messages.page[0]!;
  expect(reply).toMatchObject({ status: "done", provider: "openrouter", model: expect.any(String) });
  expect(reply.costMicros).toBeTypeOf("number");
  expect(reply.usage).toBeDefined();
  expect(reply.attempts?.map((a) => a.provider)).toContain("groq"); // the failover stays visible, without internals
  expect(Object.keys(reply.attempts![0]!).sort()).toEqual(["model", "provider"]);
});
