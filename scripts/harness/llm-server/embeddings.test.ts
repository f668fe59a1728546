import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { embedLocally } from "../../../rules/embeddings-local.ts";
import { clearFaults, clearRequests, receivedRequests, setFault } from "./control.ts";
import { failureOf, llmServerForSuite, openRouterClient } from "./test-support.ts";

const server = llmServerForSuite();
beforeEach(async () => {
  await clearRequests(server.url);
  await clearFaults(server.url);
});

const MODEL = "openai/text-embedding-3-small";

describe("POST /openrouter/…/embeddings", () => {
  it("answers the openai SDK's default (base64) request with the built-in embedder's vector", async () => {
    const response = await openRouterClient(server.url).embeddings.create({
      model: MODEL,
      input: "How do I reverse a list?",
      dimensions: 64,
    });
    const expected = embedLocally("How do I reverse a list?", 64);
    expect(response.data[0]!.embedding).toHaveLength(64);
    response.data[0]!.embedding.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 6)); // float32 on the wire
    expect(response.usage.prompt_tokens).toBe(Math.ceil("How do I reverse a list?".length / 4));
    expect(await receivedRequests(server.url)).toMatchObject([
      { provider: "openrouter", path: "/openrouter/api/v1/embeddings", model: MODEL },
    ]);
  });

  it("answers float requests exactly, one vector per input, 1536 dimensions by default", async () => {
    const response = await openRouterClient(server.url).embeddings.create({
      model: MODEL,
      input: ["a cat", "a dog"],
      encoding_format: "float",
    });
    expect(response.data.map((d) => d.index)).toEqual([0, 1]);
    expect(response.data[1]!.embedding).toEqual(embedLocally("a dog", 1536));
  });

  it("refuses a missing key (401) and a malformed body (400) the way the SDK expects", async () => {
    const anonymous = new OpenAI({
      apiKey: "unused",
      baseURL: `${server.url}/openrouter/api/v1`,
      maxRetries: 0,
      defaultHeaders: { Authorization: null },
    });
    expect(await failureOf(anonymous.embeddings.create({ model: MODEL, input: "x" }))).toBeInstanceOf(
      OpenAI.AuthenticationError,
    );
    const bad = await fetch(`${server.url}/openrouter/api/v1/embeddings`, {
      method: "POST",
      headers: { authorization: "Bearer k" },
      body: JSON.stringify({ model: MODEL }),
    });
    expect(bad.status).toBe(400);
  });

  it('injects faults from rules with endpoint "embeddings" only', async () => {
    await setFault(server.url, { provider: "openrouter", endpoint: "embeddings", times: 1, fault: { status: 503 } });
    const client = openRouterClient(server.url);
    expect(
      await client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] }),
    ).toHaveProperty("choices");
    expect(await failureOf(client.embeddings.create({ model: MODEL, input: "x" }))).toBeInstanceOf(
      OpenAI.InternalServerError,
    );
    expect((await client.embeddings.create({ model: MODEL, input: "x" })).data).toHaveLength(1);
  });
});
