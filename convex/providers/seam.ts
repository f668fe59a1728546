import type { ProviderName } from "./resilience/provider-name";
import { streamFromGroq } from "./groq/stream";
import { streamFromOpenRouter } from "./openrouter/stream";
import type { ProviderStream } from "./stream-types";

export type { ChatTurn, ProviderStream, StreamEvent, StreamRequest } from "./stream-types";

/** Each provider's streaming call through its real SDK: exhaustive, so a provider added to the registry fails to compile until it has one. */
const STREAMS: Record<ProviderName, ProviderStream> = {
  groq: streamFromGroq,
  openrouter: streamFromOpenRouter,
};

/**
 * The single model seam: given a provider name, a streaming chat call through
 * that provider's real SDK. Tests and the offline stack change only the base
 * URL (the local LLM server), never this code.
 */
export function streamFor(provider: ProviderName): ProviderStream {
  return STREAMS[provider];
}
