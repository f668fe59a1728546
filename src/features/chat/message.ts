import type { FunctionReturnType } from "convex/server";
import type { api } from "../../../convex/_generated/api";
import { isAppErrorData, userMessageFor } from "@rules/errors";

/** One message as `chat.messages.list` returns it. */
export type Message = FunctionReturnType<typeof api.chat.messages.list>["page"][number];

export function isReplyInProgress(message: Pick<Message, "role" | "status">): boolean {
  return message.role === "assistant" && (message.status === "pending" || message.status === "streaming");
}

export function canRetry(message: Pick<Message, "role" | "status">): boolean {
  return message.role === "assistant" && (message.status === "failed" || message.status === "stopped");
}

/** "openrouter · qwen/qwen3-coder:free", or null before a provider answered. */
export function providerLabel(message: Pick<Message, "provider" | "model">): string | null {
  if (!message.provider) return null;
  return message.model ? `${message.provider} · ${message.model}` : message.provider;
}

/**
 * Why a reply failed, for people. The server's errorReason is written for
 * users; without one, the error code goes through the one message map.
 */
export function failureText(message: Pick<Message, "errorReason" | "errorCode" | "_creationTime">): string {
  if (message.errorReason) return message.errorReason;
  const data = { code: message.errorCode };
  // No retryAfterMs/resetsAt on a stored failure, so `now` does not affect the words.
  if (isAppErrorData(data)) return userMessageFor(data, message._creationTime);
  return "The reply could not be generated. Your message is saved: try again.";
}
