import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { setFault } from "./control.ts";
import { startLlmServer } from "./server.ts";
import type { Fault } from "./types.ts";
import {
  collect,
  failureOf,
  groqClient,
  llmServerForSuite,
  MODEL,
  openRouterClient,
  userMessage,
} from "./test-support.ts";

const server = llmServerForSuite();

const request = { model: MODEL, messages: [userMessage("tell me a story")] };
const withFault = (fault: Fault) => ({ headers: { "x-llm-fault": JSON.stringify(fault) } });
// Timers never fire early, but clocks and scheduling round; allow a few ms.
const SLACK_MS = 5;

describe("timing faults", () => {
  it("firstTokenDelayMs delays the first chunk after the response has started", async () => {
    const delayMs = 300;
    const started = performance.now();
    const stream = await groqClient(server.url).chat.completions.create(
      { ...request, stream: true },
      withFault({ firstTokenDelayMs: delayMs }),
    );
    const headersAfter = performance.now() - started;
    const { times, error } = await collect(stream);
    expect(error).toBeNull();
    expect(headersAfter).toBeLessThan(delayMs);
    expect((times[0] ?? 0) - started).toBeGreaterThanOrEqual(delayMs - SLACK_MS);
  });

  it("tokenDelayMs paces every later token", async () => {
    const tokenDelayMs = 40;
    const stream = await openRouterClient(server.url).chat.completions.create(
      { ...request, stream: true, max_tokens: 6 },
      withFault({ tokenDelayMs }),
    );
    const { times, chunks } = await collect(stream);
    expect(chunks).toHaveLength(6);
    // The span, not the smallest gap: under load the client may read two
    // paced chunks in one go, but it cannot receive the last one early.
    const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
    expect(span).toBeGreaterThanOrEqual(5 * tokenDelayMs - SLACK_MS);
  });

  it("without streaming, the whole generation time passes before the body", async () => {
    const started = performance.now();
    await groqClient(server.url).chat.completions.create(
      { ...request, max_tokens: 5 },
      withFault({ firstTokenDelayMs: 100, tokenDelayMs: 50 }),
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(100 + 4 * 50 - SLACK_MS);
  });
});

describe("broken streams", () => {
  it("dropAfterTokens surfaces as a stream error after exactly that many tokens (groq)", async () => {
    const stream = await groqClient(server.url).chat.completions.create(
      { ...request, stream: true },
      withFault({ dropAfterTokens: 4 }),
    );
    const { chunks, error } = await collect(stream);
    expect(chunks).toHaveLength(4);
    // A cut connection (fetch's "terminated"), not a parse error.
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(SyntaxError);
  });

  it("malformedAfterTokens surfaces as a JSON parse error after that many tokens (openai)", async () => {
    await setFault(server.url, {
      provider: "openrouter",
      times: 1,
      fault: { malformedAfterTokens: 3, tokenDelayMs: 5 },
    });
    const stream = await openRouterClient(server.url).chat.completions.create({ ...request, stream: true });
    const { chunks, error } = await collect(stream);
    expect(chunks).toHaveLength(3);
    expect(error).toBeInstanceOf(SyntaxError);
  });

  it("without streaming, a drop is a connection error and a malformed body a parse error", async () => {
    const client = openRouterClient(server.url);
    expect(await failureOf(client.chat.completions.create(request, withFault({ dropAfterTokens: 0 })))).toBeInstanceOf(
      OpenAI.APIConnectionError,
    );
    expect(
      await failureOf(client.chat.completions.create(request, withFault({ malformedAfterTokens: 0 }))),
    ).toBeInstanceOf(SyntaxError);
  });

  it("close() returns promptly even while a slow stream is in flight", async () => {
    const local = await startLlmServer({ port: 0 });
    const stream = await groqClient(local.url).chat.completions.create(
      { ...request, stream: true },
      withFault({ firstTokenDelayMs: 30_000 }),
    );
    const consuming = collect(stream);
    const started = performance.now();
    await local.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await consuming).error).toBeInstanceOf(Error);
  });
});
