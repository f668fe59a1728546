import { useMutation } from "convex/react";
import { useId, useState, type FormEvent } from "react";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";

type RenameProps = { conversationId: Id<"conversations">; title: string; onDone: () => void };

// The server keeps the first 80 characters; say so by not accepting more.
const MAX_TITLE = 80;

export function RenameConversationForm({ conversationId, title, onDone }: RenameProps) {
  const rename = useMutation(api.chat.conversations.rename);
  const [value, setValue] = useState(title);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === title) {
      onDone();
      return;
    }
    setBusy(true);
    try {
      await rename({ conversationId, title: value });
      onDone();
    } catch (error) {
      setProblem(userMessageFor(appErrorOf(error), Date.now()));
      setBusy(false);
    }
  }

  return (
    <form className="rename-form" onSubmit={submit} aria-busy={busy}>
      <label htmlFor={inputId} className="visually-hidden">
        New title
      </label>
      <input
        id={inputId}
        value={value}
        maxLength={MAX_TITLE}
        required
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          event.preventDefault(); // the rename's Escape: not also "stop the reply"
          onDone();
        }}
        data-testid="conversation-rename-input"
      />
      <button
        type="submit"
        className="button button--small button--primary"
        disabled={busy || value.trim() === ""}
        data-testid="conversation-rename-save"
      >
        Save
      </button>
      <button type="button" className="button button--small" onClick={onDone} disabled={busy}>
        Cancel
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
