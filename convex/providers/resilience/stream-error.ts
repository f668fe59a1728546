// Failures we detect ourselves while consuming a provider's token stream.
// The SDKs only see HTTP-level problems; a stream that stalls before its
// first token, dies half-way, or yields unparsable chunks is ours to name.

export const STREAM_ERROR_KINDS = ["stream_dropped", "malformed_chunk", "first_token_timeout"] as const;

export type StreamErrorKind = (typeof STREAM_ERROR_KINDS)[number];

export class StreamError extends Error {
  override readonly name = "StreamError";
  readonly kind: StreamErrorKind;

  constructor(kind: StreamErrorKind, message?: string, options?: { cause?: unknown }) {
    super(message ?? `LLM stream failed: ${kind}`, options);
    this.kind = kind;
  }
}

/**
 * Duck-typed check, so errors survive bundling twice or being re-created
 * from a serialised { name, kind } without losing their meaning.
 */
export function isStreamErrorLike(err: unknown): err is { name: "StreamError"; kind: StreamErrorKind } {
  if (typeof err !== "object" || err === null) return false;
  const { name, kind } = err as { name?: unknown; kind?: unknown };
  return name === "StreamError" && (STREAM_ERROR_KINDS as readonly unknown[]).includes(kind);
}
