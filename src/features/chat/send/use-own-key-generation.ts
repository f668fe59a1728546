import { useAction, useMutation } from "convex/react";
import { useCallback } from "react";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { setReplyProblem } from "./reply-problems";

/**
 * Starts a BYOK reply: the key travels in this one action call only. If the
 * call fails before generation starts, the reply is stopped (so it does not
 * sit "pending" forever and can be retried) and the reason shown on it.
 */
export function useOwnKeyGeneration() {
  const generate = useAction(api.chat.byok.generate);
  const stop = useMutation(api.chat.send.stop);
  return useCallback(
    (messageId: Id<"messages">, apiKey: string) => {
      setReplyProblem(messageId, null);
      generate({ messageId, apiKey }).catch((error: unknown) => {
        // The error is mapped to a fixed message: nothing of the request (the key) is kept.
        setReplyProblem(messageId, userMessageFor(appErrorOf(error), Date.now()));
        stop({ messageId }).catch(() => undefined);
      });
    },
    [generate, stop],
  );
}
