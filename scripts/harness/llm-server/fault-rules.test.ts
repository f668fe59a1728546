import Groq from "groq-sdk";
import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { clearFaults, setFault } from "./control.ts";
import { keyIdOf } from "./key-id.ts";
import { failureOf, groqClient, llmServerForSuite, MODEL, openRouterClient, userMessage } from "./test-support.ts";

const server = llmServerForSuite();
beforeEach(async () => {
  await clearFaults(server.url);
});

const request = { model: MODEL, messages: [userMessage("hello")] };
const statusOf = (error: unknown): number | undefined =>
  error instanceof Groq.APIError || error instanceof OpenAI.APIError ? error.status : undefined;

describe("status faults", () => {
  it("a 429 with Retry-After arrives as the SDK's RateLimitError carrying status, header and message", async () => {
    await setFault(server.url, {
      provider: "groq",
      fault: { status: 429, retryAfter: "7", message: "slow down please" },
    });
    const error = await failureOf(groqClient(server.url).chat.completions.create(request));
    expect(error).toBeInstanceOf(Groq.RateLimitError);
    const apiError = error as InstanceType<typeof Groq.RateLimitError>;
    expect(apiError.status).toBe(429);
    expect(apiError.headers?.get("retry-after")).toBe("7");
    expect(apiError.message).toContain("slow down please");
  });

  it("a status fault also fails a streaming request before any chunk (openai SDK)", async () => {
    await setFault(server.url, { provider: "openrouter", fault: { status: 503, retryAfter: "2" } });
    const error = await failureOf(openRouterClient(server.url).chat.completions.create({ ...request, stream: true }));
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect((error as InstanceType<typeof OpenAI.APIError>).headers?.get("retry-after")).toBe("2");
  });

  it("the x-llm-fault header injects a fault into one request only", async () => {
    const client = groqClient(server.url);
    const header = { "x-llm-fault": JSON.stringify({ status: 500, message: "boom" }) };
    expect(statusOf(await failureOf(client.chat.completions.create(request, { headers: header })))).toBe(500);
    await expect(client.chat.completions.create(request)).resolves.toHaveProperty("object", "chat.completion");
  });

  it("rejects an x-llm-fault header with an unknown field as a 400, so typos cannot pass silently", async () => {
    const header = { "x-llm-fault": JSON.stringify({ stauts: 500 }) };
    const error = await failureOf(groqClient(server.url).chat.completions.create(request, { headers: header }));
    expect(statusOf(error)).toBe(400);
  });
});

describe("fault rules", () => {
  it("`times` counts down and the rule disappears at zero", async () => {
    const client = groqClient(server.url);
    await setFault(server.url, { times: 2, fault: { status: 502 } });
    expect(statusOf(await failureOf(client.chat.completions.create(request)))).toBe(502);
    expect(statusOf(await failureOf(client.chat.completions.create(request)))).toBe(502);
    await expect(client.chat.completions.create(request)).resolves.toHaveProperty("object", "chat.completion");
  });

  it("a rule without `times` lasts until cleared", async () => {
    const client = openRouterClient(server.url);
    await setFault(server.url, { fault: { status: 500 } });
    for (let attempt = 0; attempt < 3; attempt++)
      expect(statusOf(await failureOf(client.chat.completions.create(request)))).toBe(500);
    await clearFaults(server.url);
    await expect(client.chat.completions.create(request)).resolves.toHaveProperty("object", "chat.completion");
  });

  it("matches by provider", async () => {
    await setFault(server.url, { provider: "openrouter", fault: { status: 429 } });
    await expect(groqClient(server.url).chat.completions.create(request)).resolves.toHaveProperty(
      "object",
      "chat.completion",
    );
    expect(statusOf(await failureOf(openRouterClient(server.url).chat.completions.create(request)))).toBe(429);
  });

  it("matches by keyId, whichever provider the key is sent to", async () => {
    await setFault(server.url, { keyId: await keyIdOf("bad-key"), fault: { status: 401, message: "Invalid API Key" } });
    expect(statusOf(await failureOf(groqClient(server.url, "bad-key").chat.completions.create(request)))).toBe(401);
    expect(statusOf(await failureOf(openRouterClient(server.url, "bad-key").models.list()))).toBe(401);
    await expect(groqClient(server.url, "good-key").chat.completions.create(request)).resolves.toHaveProperty(
      "object",
      "chat.completion",
    );
  });

  it("matches in order: the first matching rule wins and only it counts down", async () => {
    const client = groqClient(server.url);
    await setFault(server.url, { provider: "groq", times: 1, fault: { status: 429 } });
    await setFault(server.url, { provider: "groq", times: 1, fault: { status: 503 } });
    expect(statusOf(await failureOf(client.chat.completions.create(request)))).toBe(429);
    expect(statusOf(await failureOf(client.chat.completions.create(request)))).toBe(503);
  });

  it("an `endpoint` rule faults only that endpoint", async () => {
    await setFault(server.url, { endpoint: "models", fault: { status: 401 } });
    expect(statusOf(await failureOf(groqClient(server.url).models.list()))).toBe(401);
    await expect(groqClient(server.url).chat.completions.create(request)).resolves.toHaveProperty(
      "object",
      "chat.completion",
    );
  });

  it("the control API refuses an invalid rule", async () => {
    await expect(setFault(server.url, { fault: { status: 200 } })).rejects.toThrow(/HTTP 400/);
  });
});
