import { useState, type FormEvent, type KeyboardEvent } from "react";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { validateInput } from "@rules/input/validate-input";
import { SendRefusal } from "@/lib/byok/send-refusal";
import { useSendLimit } from "@/lib/send-limit/send-limit-context";
import type { Message } from "../message";
import { useThreadActions } from "./thread-actions-context";
import "./message-versions.css";

/**
 * Edit and resend in place: the input rules are checked here as in the
 * composer, the server checks everything again. On success the thread shows
 * the new version (the old one is a click away, ‹ ›); on a refusal the text stays.
 */
export function EditMessageForm({ message, onDone }: { message: Message; onDone: () => void }) {
  const actions = useThreadActions();
  const { msLeft, report } = useSendLimit();
  const [draft, setDraft] = useState(message.content);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const check = validateInput(draft);
    if (!check.ok) return setProblem(check.reason);
    setBusy(true);
    setProblem(null);
    try {
      await actions.edit(message, draft);
      onDone();
    } catch (error) {
      const data = appErrorOf(error);
      // A rate limit shows in the usage meter's countdown, like a send's.
      if (!report(data)) setProblem(error instanceof SendRefusal ? error.message : userMessageFor(data, Date.now()));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Escape") onDone();
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) void submit(event);
  }

  return (
    <form className="edit-message" onSubmit={(event) => void submit(event)} data-testid="edit-message-form">
      <textarea
        aria-label="Edit your message"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        rows={3}
        autoFocus
        data-testid="edit-message-input"
      />
      <div className="edit-message__buttons">
        <button
          type="submit"
          className="button button--small"
          disabled={busy || msLeft > 0}
          aria-busy={busy}
          data-testid="edit-message-send"
        >
          Send
        </button>
        <button type="button" className="button button--small" onClick={onDone} disabled={busy}>
          Cancel
        </button>
        {problem && (
          <span className="form-error" role="alert" data-testid="edit-message-problem">
            {problem}
          </span>
        )}
      </div>
    </form>
  );
}
