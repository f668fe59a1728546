import { useMutation } from "convex/react";
import { useState } from "react";
import { api } from "../../../../convex/_generated/api";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { useSendLimit } from "@/lib/send-limit/send-limit-context";
import { canRetry, isReplyInProgress, type Message } from "../message";
import { useReplyProblem } from "../send/reply-problems";
import { useThreadActions } from "./thread-actions-context";

/** Stop while a reply is on its way; Retry once it failed or was stopped; Regenerate a finished reply (a new version). */
export function ReplyActions({ message }: { message: Message }) {
  const stop = useMutation(api.chat.send.stop);
  const actions = useThreadActions();
  const { msLeft, report } = useSendLimit();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const backgroundProblem = useReplyProblem(message._id);

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      // A retry passes the same guardrails as a send, so it can be rate limited too.
      const data = appErrorOf(error);
      if (!report(data)) setProblem(userMessageFor(data, Date.now()));
    } finally {
      setBusy(false);
    }
  }

  const shownProblem = problem ?? (canRetry(message) ? backgroundProblem : null);
  return (
    <>
      {isReplyInProgress(message) && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void run(() => stop({ messageId: message._id }))}
          disabled={busy}
          aria-busy={busy}
          data-testid="stop-button"
          aria-keyshortcuts="Escape"
          title="Stop (Esc)"
        >
          Stop
        </button>
      )}
      {canRetry(message) && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void run(() => actions.retry(message))}
          disabled={busy || msLeft > 0}
          aria-busy={busy}
          data-testid="retry-button"
        >
          Retry
        </button>
      )}
      {actions.canRegenerate(message) && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void run(() => actions.regenerate(message))}
          disabled={busy || msLeft > 0}
          aria-busy={busy}
          title="Ask the AI again (never the cache): a new version, this one is kept"
          data-testid="regenerate-button"
        >
          Regenerate
        </button>
      )}
      {shownProblem && (
        <p className="form-error" role="alert" data-testid="message-action-error">
          {shownProblem}
        </p>
      )}
    </>
  );
}
