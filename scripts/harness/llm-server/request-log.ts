import type { IncomingMessage } from "node:http";
import { countTokens } from "../../../convex/lib/token-count.ts";
import type { ReceivedRequest } from "./types.ts";

// Bounded so a long dev session cannot grow memory without limit.
const MAX_ENTRIES = 1000;

/** In-memory log of provider requests, oldest first. */
export class RequestLog {
  #entries: ReceivedRequest[] = [];

  record(entry: ReceivedRequest): void {
    this.#entries.push(entry);
    if (this.#entries.length > MAX_ENTRIES) this.#entries.shift();
  }

  list(): ReceivedRequest[] {
    return this.#entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.#entries = [];
  }
}

function fieldOf(body: unknown, field: string): unknown {
  return typeof body === "object" && body !== null ? (body as Record<string, unknown>)[field] : undefined;
}

/** The log entry for a request; `body` may be anything the client sent (it is not validated yet). */
function messagesOf(body: unknown): ReceivedRequest["messages"] {
  const messages = fieldOf(body, "messages");
  if (!Array.isArray(messages)) return null;
  const contents = messages.map((m) => fieldOf(m, "content")).map((c) => (typeof c === "string" ? c : ""));
  return {
    count: messages.length,
    chars: contents.reduce((sum, c) => sum + c.length, 0),
    tokens: contents.reduce((sum, c) => sum + countTokens(c), 0),
  };
}

export function requestEntry(
  provider: string,
  req: IncomingMessage,
  body: unknown,
  keyId: string | null,
): ReceivedRequest {
  const model = fieldOf(body, "model");
  return {
    provider,
    path: req.url ?? "",
    model: typeof model === "string" ? model : null,
    stream: fieldOf(body, "stream") === true,
    keyId,
    userAgent: req.headers["user-agent"] ?? null,
    at: new Date().toISOString(),
    messages: messagesOf(body),
  };
}
