import { createContext, useContext } from "react";
import type { Message } from "../message";

/** What a message's buttons can do beyond stop: provided by the conversation that shows it. */
export type ThreadActions = {
  retry(reply: Message): Promise<void>;
  /** A new version of the reply, asked of a provider again (never the cache); the old one stays. */
  regenerate(reply: Message): Promise<void>;
  canRegenerate(reply: Message): boolean;
  /** Sends `content` as a new version of the user's message; the turns after the old one stay as its version. */
  edit(message: Message, content: string): Promise<void>;
  canEdit(message: Message): boolean;
};

const NO_ACTIONS: ThreadActions = {
  retry: () => Promise.reject(new Error("This reply cannot be retried here.")),
  regenerate: () => Promise.reject(new Error("This reply cannot be regenerated here.")),
  canRegenerate: () => false,
  edit: () => Promise.reject(new Error("This message cannot be edited here.")),
  canEdit: () => false,
};

export const ThreadActionsContext = createContext<ThreadActions>(NO_ACTIONS);

export function useThreadActions(): ThreadActions {
  return useContext(ThreadActionsContext);
}
