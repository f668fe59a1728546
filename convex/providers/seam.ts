import type { ProviderName } from "./resilience/provider-name";
import { streamFromGroq } from "./groq/stream";
import { streamFromOpenRouter } from "./openrouter/stream";

export type ChatTurn = { role: "system" | "user" | "assistant"; content: string };
export type StreamRequest = {
  model: string;
  messages: ChatTurn[];
  maxTokens: number;
  apiKey: string;
  baseURL?: string;
  signal: AbortSignal;
};
export type StreamEvent =
  | { type: "delta"; text: string }
  | { type: "usage"; promptTokens: number; completionTokens: number };
export type ProviderStream = (request: StreamRequest) => AsyncIterable<StreamEvent>;

/**
 * The single model seam: given a provider name, a streaming chat call through
 * that provider's real SDK. Tests and the offline stack change only the base
 * URL (the local LLM server), never this code.
 */
export function streamFor(provider: ProviderName): ProviderStream {
  return provider === "groq" ? streamFromGroq : streamFromOpenRouter;
}
