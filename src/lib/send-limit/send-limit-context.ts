import { createContext, useContext } from "react";
import type { AppErrorData } from "@rules/errors";

export type SendLimitState = {
  /** The refusal that blocks sending, while it does. */
  refusal: AppErrorData | null;
  /** Milliseconds until sending is allowed again; 0 when not blocked. */
  msLeft: number;
  /** Blocks sending when `error` is a refusal with a known wait; returns whether it did. */
  report: (error: AppErrorData) => boolean;
};

// Shared by chat (the composer reports refusals and waits) and usage (the
// notice explains them); neither feature imports the other.
export const SendLimitContext = createContext<SendLimitState | null>(null);

export function useSendLimit(): SendLimitState {
  const state = useContext(SendLimitContext);
  if (!state) throw new Error("useSendLimit must be used inside <SendLimitProvider>");
  return state;
}
