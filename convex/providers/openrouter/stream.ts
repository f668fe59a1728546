import OpenAI from "openai";
import { providerEntry } from "../../../rules/providers";
import type { StreamEvent, StreamRequest } from "../stream-types";

const OPENROUTER_API = providerEntry("openrouter").baseUrl;

/** OpenRouter through its OpenAI-compatible API; usage arrives in a final chunk when asked for. */
export async function* streamFromOpenRouter(request: StreamRequest): AsyncIterable<StreamEvent> {
  const client = new OpenAI({ apiKey: request.apiKey, baseURL: request.baseURL ?? OPENROUTER_API, maxRetries: 0 });
  const stream = await client.chat.completions.create(
    {
      model: request.model,
      messages: request.messages,
      max_tokens: request.maxTokens,
      stream: true,
      stream_options: { include_usage: true },
    },
    { signal: request.signal },
  );
  for await (const chunk of stream) {
    const text = chunk.choices[0]?.delta?.content;
    if (text) yield { type: "delta", text };
    if (chunk.usage) {
      yield { type: "usage", promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
    }
  }
}
