// Issue 19: at most two database transactions between a send and the
// provider call (the send itself, then `begin`: load + queue turn + start +
// first admission). Counted on the local backend's engine, as `npm run bench` does.
import { afterAll, beforeAll, expect, it } from "vitest";
import { clearFaults, receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import { createEngine } from "../../scripts/harness/local-backend/engine";
import type { FunctionCall } from "../../scripts/harness/local-backend/modules";
import { startProviders } from "../test.setup";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_count", OPENROUTER_API_KEY: "sk-or-count" });
});
afterAll(async () => {
  await clearFaults(llm.url);
  await llm.close();
});

it("makes at most 2 transactions between the send and the provider call", { timeout: 30_000 }, async () => {
  const issuer = (process.env.DEV_AUTH_ISSUER ??= "https://dev-issuer.test");
  const calls: (FunctionCall & { at: number })[] = [];
  const engine = await createEngine("convex", (call) => calls.push({ ...call, at: Date.now() }));
  const user = {
    tokenIdentifier: `${issuer}|counter`,
    subject: "counter",
    issuer,
    name: "Counter",
    email: "counter@test.local",
    dev_tier: "pro",
  };
  await engine.run("mutation", "users/me:ensure", {}, user);
  // A first token 100 ms after the request: nothing the stream writes can be mistaken for "before the call".
  await setFault(llm.url, { fault: { firstTokenDelayMs: 100 } });

  const sentAt = Date.now();
  const sent = await engine.run("mutation", "chat/send:send", { content: "how many transactions?" }, user);
  expect(sent.ok).toBe(true);
  await expect.poll(() => calls.some((c) => c.path === "chat/ending:finish"), { timeout: 20_000 }).toBe(true);

  const providerAt = Date.parse((await receivedRequests(llm.url))[0]!.at);
  const before = calls.filter((c) => c.kind !== "action" && c.at >= sentAt && c.at <= providerAt).map((c) => c.path);
  expect(before).toEqual(["chat/send:send", "chat/reply-state:begin"]);
});
