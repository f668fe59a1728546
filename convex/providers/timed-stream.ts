import type { TimeoutConfig } from "./resilience/config";
import { StreamError } from "./resilience/stream-error";
import type { ProviderStream, StreamEvent, StreamRequest } from "./seam";

/**
 * A provider stream with our deadlines: the first token within
 * `firstTokenMs`, the whole reply within `totalMs`; the caller's signal (the
 * user pressed Stop) aborts it too. Connect time is bounded by the first-token
 * deadline, since the SDK connects lazily inside it.
 */
export async function* timedStream(
  stream: ProviderStream,
  request: Omit<StreamRequest, "signal">,
  timeouts: TimeoutConfig,
  outer: AbortSignal,
): AsyncIterable<StreamEvent> {
  const controller = new AbortController();
  let reason: "first_token" | "total" | undefined;
  const expire = (why: "first_token" | "total") => () => {
    reason = why;
    controller.abort();
  };
  const firstToken = setTimeout(
    expire("first_token"),
    Math.min(timeouts.firstTokenMs, timeouts.connectMs + timeouts.firstTokenMs),
  );
  const total = setTimeout(expire("total"), timeouts.totalMs);
  const onOuterAbort = () => controller.abort();
  outer.addEventListener("abort", onOuterAbort);
  try {
    for await (const event of stream({ ...request, signal: controller.signal })) {
      clearTimeout(firstToken);
      yield event;
    }
    // The SDKs end an aborted stream quietly rather than throwing: an
    // aborted stream that "finished" must not pass for a complete reply.
    if (controller.signal.aborted) throw controller.signal.reason;
  } catch (error) {
    if (reason === "first_token")
      throw new StreamError("first_token_timeout", "No first token in time", { cause: error });
    if (reason === "total") throw Object.assign(new Error("Reply took too long"), { name: "TimeoutError" });
    throw error;
  } finally {
    clearTimeout(firstToken);
    clearTimeout(total);
    outer.removeEventListener("abort", onOuterAbort);
  }
}
