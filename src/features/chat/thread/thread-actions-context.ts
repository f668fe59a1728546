import { createContext, useContext } from "react";
import type { Message } from "../message";

/** What a reply's buttons can do beyond stop: provided by the conversation that shows it. */
export type ThreadActions = {
  retry(reply: Message): Promise<void>;
  /** Sends the reply's prompt again, skipping the cache (for cached replies). */
  regenerate(reply: Message): Promise<void>;
  canRegenerate(reply: Message): boolean;
};

const NO_ACTIONS: ThreadActions = {
  retry: () => Promise.reject(new Error("This reply cannot be retried here.")),
  regenerate: () => Promise.reject(new Error("This reply cannot be regenerated here.")),
  canRegenerate: () => false,
};

export const ThreadActionsContext = createContext<ThreadActions>(NO_ACTIONS);

export function useThreadActions(): ThreadActions {
  return useContext(ThreadActionsContext);
}
