import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearFaults, setFault } from "../../scripts/harness/llm-server/control";
import type { Fault } from "../../scripts/harness/llm-server/types";
import { api } from "../_generated/api";
import { newBackend, settle, signIn, startProviders } from "../test.setup";

// Every Groq failure mode × OpenRouter up or down, through the real SDKs
// against the local LLM server: the expected outcome in every cell, no lost
// message, no leaked reservation.
let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({
    GROQ_API_KEY: "gsk_matrix_key",
    OPENROUTER_API_KEY: "sk-or-matrix-key",
    LLM_RETRY_AFTER_CAP_MS: "20",
    LLM_FIRST_TOKEN_TIMEOUT_MS: "400",
    LLM_CONNECT_TIMEOUT_MS: "400",
  });
});
afterEach(() => clearFaults(llm.url));
afterAll(async () => {
  for (const name of ["LLM_RETRY_AFTER_CAP_MS", "LLM_FIRST_TOKEN_TIMEOUT_MS", "LLM_CONNECT_TIMEOUT_MS"])
    delete process.env[name];
  await llm.close();
});

type Cell = { name: string; fault: Fault; groqCalls: number; errorClass: string };
const groqFaults: Cell[] = [
  { name: "429 with Retry-After", fault: { status: 429, retryAfter: "1" }, groqCalls: 4, errorClass: "rate_limited" },
  { name: "500", fault: { status: 500 }, groqCalls: 4, errorClass: "server" },
  {
    name: "timeout before first token",
    fault: { firstTokenDelayMs: 1_500 },
    groqCalls: 1,
    errorClass: "first_token_timeout",
  },
  { name: "drop mid-stream", fault: { dropAfterTokens: 5 }, groqCalls: 1, errorClass: "stream_dropped" },
  { name: "malformed chunk", fault: { malformedAfterTokens: 5 }, groqCalls: 1, errorClass: "malformed_chunk" },
  { name: "401", fault: { status: 401 }, groqCalls: 1, errorClass: "auth" },
];

describe.each(groqFaults)("Groq $name", (cell) => {
  it.each([["up"], ["down"]])("with OpenRouter %s", async (openRouter) => {
    const t = newBackend();
    const user = await signIn(t, { name: "matrix", tier: "enterprise" });
    await setFault(llm.url, { provider: "groq", fault: cell.fault });
    if (openRouter === "down") await setFault(llm.url, { provider: "openrouter", fault: { status: 503 } });

    const { conversationId } = await user.mutation(api.chat.send.send, { content: "matrix question" });
    await settle(t);
    const [question, reply] = (
      await user.query(api.chat.messages.list, { conversationId, paginationOpts: { numItems: 10, cursor: null } })
    ).page.reverse();

    expect(question?.content).toBe("matrix question");
    // Calls made carry a key id; a pool or breaker refusal is recorded without one.
    // Attempt internals are operator data: read from the database, users never get them.
    const stored = await t.run((ctx) => ctx.db.get(reply!._id));
    const groqAttempts = stored!.attempts!.filter((a) => a.provider === "groq" && a.keyId);
    expect(groqAttempts).toHaveLength(cell.groqCalls);
    expect(groqAttempts.every((a) => a.errorClass === cell.errorClass)).toBe(true);
    if (openRouter === "up") {
      expect(reply).toMatchObject({ status: "done", provider: "openrouter", model: "qwen/qwen3-coder:free" });
      // A broken Groq stream's partial text is replaced, not continued.
      expect(reply!.content).not.toContain("openai/gpt-oss-20b");
      expect(reply!.content).toContain("qwen/qwen3-coder:free");
    } else {
      expect(reply).toMatchObject({ status: "failed" });
      expect(reply!.errorReason).toMatch(/Every AI provider failed/);
      expect(reply!.attempts!.filter((a) => a.provider === "openrouter")).toHaveLength(4);
    }
    expect((await user.query(api.guardrails.usage.mine, {})).spend.reservedMicros).toBe(0);
  });
});

it("opens Groq's breaker after 5 consecutive failures, records one alert, then skips Groq", async () => {
  const t = newBackend();
  const user = await signIn(t, { name: "breaker", tier: "enterprise" });
  await setFault(llm.url, { provider: "groq", fault: { malformedAfterTokens: 1 } });
  for (let i = 0; i < 6; i++) {
    await user.mutation(api.chat.send.send, { content: `q${i}` });
    await settle(t);
  }
  const health = await user.query(api.providers.health.get, {});
  expect(health.find((h) => h.provider === "groq")).toMatchObject({ breakerState: "open", score: 0 });
  const alerts = await t.run((ctx) => ctx.db.query("alerts").collect());
  expect(alerts.filter((a) => a.kind === "circuit_breaker_opened")).toHaveLength(1);
  const last = await t.run((ctx) => ctx.db.query("messages").order("desc").first());
  expect(last?.attempts?.[0]).toMatchObject({ provider: "groq", errorClass: "breaker_open" });
  expect(last?.provider).toBe("openrouter");
});
