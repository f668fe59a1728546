import { useMutation, useQuery } from "convex/react";
import { useId, useState, type FormEvent } from "react";
import { api } from "../../../convex/_generated/api";
import { appErrorOf } from "@rules/app-error-of";
import { instructionsProblem, MAX_CUSTOM_INSTRUCTIONS_CHARS } from "@rules/custom-instructions";
import { groupDigits } from "@rules/group-digits";
import { userMessageFor } from "@rules/errors";

type Feedback = { kind: "error" | "ok"; text: string };

/** What the assistant should keep in mind in every conversation; checked here for instant feedback, enforced by the server. */
export function CustomInstructionsSection() {
  const saved = useQuery(api.users.instructions.get, {});
  const save = useMutation(api.users.instructions.save);
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const inputId = useId();
  const text = draft ?? saved?.text ?? "";

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = instructionsProblem(text);
    if (problem) return setFeedback({ kind: "error", text: problem });
    setBusy(true);
    try {
      await save({ text });
      setDraft(null);
      setFeedback({
        kind: "ok",
        text: text.trim() ? "Saved: your next messages use these instructions." : "Cleared: no custom instructions.",
      });
    } catch (error) {
      setFeedback({ kind: "error", text: userMessageFor(appErrorOf(error), Date.now()) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Custom instructions</h2>
      <p className="muted">
        Added to every conversation after the service&apos;s own instructions, and counted in what each message sends
        and holds. They shape answers; they cannot change any limit.
      </p>
      <form method="post" onSubmit={onSubmit}>
        <label htmlFor={inputId}>How should the assistant answer you?</label>
        <textarea
          id={inputId}
          rows={5}
          maxLength={MAX_CUSTOM_INSTRUCTIONS_CHARS}
          value={text}
          disabled={saved === undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setFeedback(null);
          }}
          data-testid="instructions-input"
        />
        <p className="muted">
          {groupDigits(text.length)} / {groupDigits(MAX_CUSTOM_INSTRUCTIONS_CHARS)} characters
        </p>
        <button type="submit" className="button" disabled={busy || saved === undefined} data-testid="instructions-save">
          Save instructions
        </button>
      </form>
      {feedback && (
        <p
          className={feedback.kind === "error" ? "form-error" : "form-ok"}
          role={feedback.kind === "error" ? "alert" : "status"}
          data-testid="instructions-feedback"
        >
          {feedback.text}
        </p>
      )}
    </section>
  );
}
