// Maps whatever a provider call threw onto the failure policy in classify.ts.
// Order matters: the SDKs' connection and abort errors are APIError
// subclasses with an undefined status, so they are recognised by name first.
import { classify, type FailureClassification, type FailureKind } from "./classify";
import { readErrorShape, type ErrorShape } from "./sdk-error-shape";
import { isStreamErrorLike } from "./stream-error";

// The SDKs' default messages (identical in groq-sdk and openai): a fallback
// for bundles whose minifier renamed the classes.
const DEFAULT_MESSAGE_KINDS: Readonly<Record<string, FailureKind>> = {
  "Request was aborted.": "aborted",
  "Request timed out.": "timeout",
  "Connection error.": "network",
};

// What undici / fetch throw when a response body dies after the SDK handed
// us the stream (the SDKs wrap only request-phase fetch failures).
const BODY_DROP_MESSAGE = /terminated|socket|ECONNRESET|EPIPE|network|premature close|other side closed/i;

// Our own errors may wrap an SDK error in `cause`; a little depth is enough.
const MAX_CAUSE_DEPTH = 3;

export function classifyThrown(err: unknown, depth = 0): FailureClassification {
  if (isStreamErrorLike(err)) return classify({ kind: err.kind });
  if (typeof err !== "object" || err === null) return classify({});
  const shape = readErrorShape(err);
  const kind = kindFromShape(shape);
  if (kind !== undefined) return classify({ kind, status: shape.status });
  if (shape.status !== undefined) {
    const classification = classify({ status: shape.status });
    return shape.retryAfterHeader === undefined
      ? classification
      : { ...classification, retryAfterHeader: shape.retryAfterHeader };
  }
  if (shape.cause !== undefined && depth < MAX_CAUSE_DEPTH) return classifyThrown(shape.cause, depth + 1);
  return classify({});
}

function kindFromShape(shape: ErrorShape): FailureKind | undefined {
  const is = (name: string) => shape.names.includes(name);
  // AbortError: a DOMException from an aborted fetch; APIUserAbortError: the SDK's.
  if (is("APIUserAbortError") || is("AbortError")) return "aborted";
  // TimeoutError: a DOMException from AbortSignal.timeout().
  if (is("APIConnectionTimeoutError") || is("TimeoutError")) return "timeout";
  if (is("APIConnectionError")) return "network";
  const byMessage = shape.status === undefined ? DEFAULT_MESSAGE_KINDS[shape.message] : undefined;
  if (byMessage !== undefined) return byMessage;
  // An APIError without a status is thrown by the SDKs' SSE reader when the
  // provider sends an `error` event mid-stream (OpenRouter does this when its
  // upstream dies): the stream is broken, not the request.
  if (is("APIError") && shape.hasStatusKey && shape.status === undefined) return "stream_dropped";
  // The SDKs' SSE reader JSON.parses each chunk and rethrows the SyntaxError.
  if (is("SyntaxError")) return "malformed_chunk";
  if (is("TypeError") && BODY_DROP_MESSAGE.test(shape.message)) return "stream_dropped";
  return undefined;
}
