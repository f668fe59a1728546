import { useMutation } from "convex/react";
import { useEffect } from "react";
import { api } from "../../../../convex/_generated/api";
import { isMacPlatform, isTextField, matchShortcut } from "@/lib/shortcuts/match-shortcut";
import { isReplyInProgress, type Message } from "../message";
import { isOptimistic } from "../send/optimistic-exchanges";

/**
 * Escape stops the reply being written, from anywhere on the page, as in
 * ChatGPT and Claude. Not while a dialog or popover has the key (it closes
 * those first), nor for a key another handler already used.
 */
export function useEscapeStops(messages: readonly Message[]): void {
  const stop = useMutation(api.chat.send.stop);
  const inProgress = messages.findLast((message) => isReplyInProgress(message) && !isOptimistic(message));
  const messageId = inProgress?._id;

  useEffect(() => {
    if (!messageId) return;
    function onKeyDown(event: KeyboardEvent) {
      // The keymap's "stop" (Escape), from src/lib/shortcuts/keymap.ts like every other shortcut.
      if (
        event.defaultPrevented ||
        matchShortcut(event, { mac: isMacPlatform(), typing: isTextField(document.activeElement) }) !== "stop"
      )
        return;
      if (document.querySelector("dialog[open], [data-popover-open='true']")) return;
      event.preventDefault();
      void stop({ messageId: messageId! }).catch(() => undefined); // already finished: nothing to stop
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [messageId, stop]);
}
