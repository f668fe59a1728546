import { describe, expect, it } from "vitest";
import { collect, groqClient, llmServerForSuite, MODEL, openRouterClient, userMessage } from "./test-support.ts";

const server = llmServerForSuite();

const question = "What is the capital of France, and why is it famous?";
const messages = [{ role: "system" as const, content: "Be brief." }, userMessage(question)];
const expectedPromptTokens = Math.ceil(("Be brief." + question).length / 4);

describe("non-streaming replies", () => {
  it("groq: labelled offline reply quoting the user, with usage", async () => {
    const completion = await groqClient(server.url).chat.completions.create({ model: MODEL, messages });
    const content = completion.choices[0]?.message.content ?? "";
    expect(content.startsWith(`**Offline demo model** (\`${MODEL}\`) — `)).toBe(true);
    expect(content).toContain(question.slice(0, 40));
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage?.prompt_tokens).toBe(expectedPromptTokens);
    expect(completion.usage?.completion_tokens).toBeGreaterThanOrEqual(20);
    expect(completion.usage?.total_tokens).toBe(expectedPromptTokens + (completion.usage?.completion_tokens ?? NaN));
  });

  it("openrouter: same reply shape through the openai SDK, and different questions give different replies", async () => {
    const client = openRouterClient(server.url);
    const first = await client.chat.completions.create({ model: MODEL, messages: [userMessage("apples")] });
    const second = await client.chat.completions.create({ model: MODEL, messages: [userMessage("oranges")] });
    expect(first.object).toBe("chat.completion");
    expect(first.choices[0]?.message.content).toContain("apples");
    expect(second.choices[0]?.message.content).toContain("oranges");
    expect(first.choices[0]?.message.content).not.toBe(second.choices[0]?.message.content);
    expect(first.usage?.prompt_tokens).toBe(Math.ceil("apples".length / 4));
  });

  it("honours max_tokens and max_completion_tokens with finish_reason length", async () => {
    const full = await groqClient(server.url).chat.completions.create({ model: MODEL, messages });
    const limited = await groqClient(server.url).chat.completions.create({ model: MODEL, messages, max_tokens: 5 });
    const newer = await openRouterClient(server.url).chat.completions.create({
      model: MODEL,
      messages,
      max_completion_tokens: 4,
    });
    expect(limited.usage?.completion_tokens).toBe(5);
    expect(limited.choices[0]?.finish_reason).toBe("length");
    expect(full.choices[0]?.message.content?.startsWith(limited.choices[0]?.message.content ?? "∅")).toBe(true);
    expect(newer.usage?.completion_tokens).toBe(4);
    expect(newer.choices[0]?.finish_reason).toBe("length");
  });
});

describe("streaming replies", () => {
  // groq-sdk has no stream_options; Groq reports streaming usage in x_groq.usage on the finishing chunk.
  it("groq: role first, 20+ tokens, finish_reason and x_groq.usage on the last content chunk", async () => {
    const stream = await groqClient(server.url).chat.completions.create({ model: MODEL, messages, stream: true });
    const { chunks, error } = await collect(stream);
    expect(error).toBeNull();
    const finishing = chunks.at(-1);
    expect(chunks.length).toBeGreaterThanOrEqual(20);
    expect(chunks.every((chunk) => chunk.choices.length === 1)).toBe(true);
    expect(chunks[0]?.choices[0]?.delta.role).toBe("assistant");
    expect(chunks.slice(0, -1).every((chunk) => chunk.choices[0]?.finish_reason === null)).toBe(true);
    expect(finishing?.choices[0]?.finish_reason).toBe("stop");
    expect(finishing?.x_groq?.usage).toEqual({
      prompt_tokens: expectedPromptTokens,
      completion_tokens: chunks.length,
      total_tokens: expectedPromptTokens + chunks.length,
    });
    expect(chunks.slice(0, -1).every((chunk) => chunk.x_groq?.usage == null)).toBe(true);
    const text = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? "").join("");
    expect(text.startsWith("**Offline demo model**")).toBe(true);
  });

  it("openrouter: role first, finish_reason on the last content chunk, then the include_usage chunk", async () => {
    const stream = await openRouterClient(server.url).chat.completions.create({
      model: MODEL,
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    const { chunks, error } = await collect(stream);
    expect(error).toBeNull();
    const contentChunks = chunks.filter((chunk) => chunk.choices.length > 0);
    expect(contentChunks.length).toBeGreaterThanOrEqual(20);
    expect(contentChunks[0]?.choices[0]?.delta.role).toBe("assistant");
    expect(contentChunks.at(-1)?.choices[0]?.finish_reason).toBe("stop");
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.at(-1)?.usage).toEqual({
      prompt_tokens: expectedPromptTokens,
      completion_tokens: contentChunks.length,
      total_tokens: expectedPromptTokens + contentChunks.length,
    });
  });

  it("openrouter: no usage chunk unless include_usage is asked for, and no x_groq", async () => {
    const client = openRouterClient(server.url);
    const without = await collect(await client.chat.completions.create({ model: MODEL, messages, stream: true }));
    const withUsage = await collect(
      await client.chat.completions.create({
        model: MODEL,
        messages,
        stream: true,
        stream_options: { include_usage: true },
      }),
    );
    expect(without.chunks.every((chunk) => chunk.usage == null && chunk.choices.length === 1)).toBe(true);
    expect(JSON.stringify(without.chunks)).not.toContain("x_groq");
    expect(withUsage.chunks.at(-1)?.usage?.completion_tokens).toBe(without.chunks.length);
    expect(withUsage.chunks.at(-1)?.usage?.prompt_tokens).toBe(expectedPromptTokens);
  });

  it("stops a stream early at max_tokens with finish_reason length", async () => {
    const stream = await openRouterClient(server.url).chat.completions.create({
      model: MODEL,
      messages,
      stream: true,
      max_tokens: 3,
      stream_options: { include_usage: true },
    });
    const { chunks } = await collect(stream);
    const contentChunks = chunks.filter((chunk) => chunk.choices.length > 0);
    expect(contentChunks).toHaveLength(3);
    expect(contentChunks[2]?.choices[0]?.finish_reason).toBe("length");
    expect(chunks.at(-1)?.usage?.completion_tokens).toBe(3);
  });
});

describe("models endpoint", () => {
  it("lists models for both SDKs (the cheap key live-check)", async () => {
    const groqModels = await groqClient(server.url).models.list();
    const openRouterModels = await openRouterClient(server.url).models.list();
    expect(groqModels.data.length).toBeGreaterThan(0);
    expect(groqModels.data.every((model) => model.object === "model")).toBe(true);
    expect(openRouterModels.data.map((model) => model.id)).not.toEqual(groqModels.data.map((model) => model.id));
  });
});
