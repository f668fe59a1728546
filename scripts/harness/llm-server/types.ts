/** Shapes shared by the server, the control client and tests. */

/** Which provider endpoint a request hit. */
export type Endpoint = "chat" | "models" | "embeddings";

/** What to do wrong on one request. All fields are optional and combinable. */
export interface Fault {
  /** Answer with this HTTP error status (400-599) instead of a reply. */
  status?: number;
  /** Sent verbatim as the Retry-After header. */
  retryAfter?: string;
  /** Error message used with `status`. */
  message?: string;
  /** Wait this long before the first token (or before a non-streaming body). */
  firstTokenDelayMs?: number;
  /** Wait this long between streamed tokens. */
  tokenDelayMs?: number;
  /** Destroy the socket after this many streamed tokens. */
  dropAfterTokens?: number;
  /** After this many streamed tokens, send a chunk that is not JSON, then end. */
  malformedAfterTokens?: number;
}

/** A control-API rule: the first rule matching a request supplies its fault. */
export interface FaultRule {
  provider?: string;
  keyId?: string;
  /** Only match requests for this model (e.g. one council member). */
  model?: string;
  /** Only match when the last user message contains this text (e.g. a council stage's prompt marker). */
  promptIncludes?: string;
  /** Only match this endpoint (default: both chat completions and models). */
  endpoint?: Endpoint;
  /** How many matching requests the rule applies to; absent = until cleared. */
  times?: number;
  fault: Fault;
}

/** One entry of the request log. Never contains the API key itself. */
export interface ReceivedRequest {
  provider: string;
  path: string;
  model: string | null;
  stream: boolean;
  keyId: string | null;
  userAgent: string | null;
  /** ISO-8601 time the request arrived. */
  at: string;
  /**
   * Size of the chat messages received: how many, their characters and their
   * o200k tokens (convex/lib/token-count.ts, as our context budget counts);
   * null without messages. Sizes only: the log never keeps what was said.
   */
  messages: { count: number; chars: number; tokens: number } | null;
  /**
   * What this request made the "model" produce, as a provider would bill it:
   * the prompt's tokens and the completion tokens sent so far. Absent when
   * nothing was generated (refused with an error status, or not a chat call).
   */
  produced?: { promptTokens: number; completionTokens: number };
}
