// What the model seam (seam.ts) and each provider's stream speak. Apart from
// the seam so the streams it imports do not import it back.
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
  { type: "delta"; text: string } | { type: "usage"; promptTokens: number; completionTokens: number };
export type ProviderStream = (request: StreamRequest) => AsyncIterable<StreamEvent>;
