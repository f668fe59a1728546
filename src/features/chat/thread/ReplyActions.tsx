import { useMutation } from "convex/react";
import { useState } from "react";
import { api } from "../../../../convex/_generated/api";
import { appErrorOf } from "../../../../rules/app-error-of";
import { userMessageFor } from "../../../../rules/errors";
import { useSendLimit } from "../../../lib/send-limit/send-limit-context";
import { canRetry, isReplyInProgress, type Message } from "../message";

/** Stop while a reply is on its way; Retry once it failed or was stopped. */
export function ReplyActions({ message }: { message: Message }) {
  const stop = useMutation(api.chat.send.stop);
  const retry = useMutation(api.chat.send.retry);
  const { msLeft, report } = useSendLimit();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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

  return (
    <>
      {isReplyInProgress(message) && (
        <button type="button" className="button button--small" onClick={() => void run(() => stop({ messageId: message._id }))} disabled={busy} aria-busy={busy} data-testid="stop-button">
          Stop
        </button>
      )}
      {canRetry(message) && (
        <button type="button" className="button button--small" onClick={() => void run(() => retry({ messageId: message._id }))} disabled={busy || msLeft > 0} aria-busy={busy} data-testid="retry-button">
          Retry
        </button>
      )}
      {problem && (
        <p className="form-error" role="alert" data-testid="message-action-error">
          {problem}
        </p>
      )}
    </>
  );
}
