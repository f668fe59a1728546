import Groq from "groq-sdk";
import type { StreamEvent, StreamRequest } from "../stream-types";

/** Groq through `groq-sdk`. Groq reports a stream's usage in `x_groq.usage`. */
export async function* streamFromGroq(request: StreamRequest): AsyncIterable<StreamEvent> {
  // Retries and timeouts are ours (see providers/resilience), not the SDK's.
  const client = new Groq({ apiKey: request.apiKey, baseURL: request.baseURL, maxRetries: 0 });
  const stream = await client.chat.completions.create(
    { model: request.model, messages: request.messages, max_completion_tokens: request.maxTokens, stream: true },
    { signal: request.signal },
  );
  for await (const chunk of stream) {
    const text = chunk.choices[0]?.delta?.content;
    if (text) yield { type: "delta", text };
    // Groq's own field; the OpenAI-style top-level `usage` as a fallback.
    const usage =
      chunk.x_groq?.usage ?? (chunk as { usage?: { prompt_tokens: number; completion_tokens: number } | null }).usage;
    if (usage) yield { type: "usage", promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
  }
}
