import { useMutation, useQuery } from "convex/react";
import { useId, useState } from "react";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { instructionsProblem, MAX_CUSTOM_INSTRUCTIONS_CHARS } from "@rules/custom-instructions";
import { userMessageFor } from "@rules/errors";
import { ConfirmDialog } from "@/components/ConfirmDialog";

type Props = { conversationId: Id<"conversations">; title: string; onClose: () => void };

const problemOf = (error: unknown) => userMessageFor(appErrorOf(error), Date.now());

/** One conversation's own instructions, added after the user's (Settings); blank clears them. */
export function ConversationInstructionsDialog({ conversationId, title, onClose }: Props) {
  const saved = useQuery(api.users.instructions.get, { conversationId });
  const save = useMutation(api.users.instructions.save);
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const text = draft ?? saved?.text ?? "";

  async function confirm() {
    const local = instructionsProblem(text);
    if (local) return setProblem(local);
    setBusy(true);
    try {
      await save({ text, conversationId });
      onClose();
    } catch (error) {
      setProblem(problemOf(error));
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={`Instructions for “${title}”`}
      confirmLabel="Save"
      onConfirm={() => void confirm()}
      onCancel={onClose}
      busy={busy || saved === undefined}
    >
      <label htmlFor={inputId}>Added after your own instructions (Settings), in this conversation only.</label>
      <textarea
        id={inputId}
        rows={4}
        maxLength={MAX_CUSTOM_INSTRUCTIONS_CHARS}
        value={text}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        data-testid="conversation-instructions-input"
      />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </ConfirmDialog>
  );
}
