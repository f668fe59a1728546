import { useMutation } from "convex/react";
import { useState } from "react";
import { useMatch, useNavigate } from "react-router-dom";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { ConfirmDialog } from "@/components/ConfirmDialog";

type DeleteProps = { conversationId: Id<"conversations">; title: string; onClose: () => void };

/** Deleting removes every message for good, so it is confirmed first. */
export function DeleteConversationDialog({ conversationId, title, onClose }: DeleteProps) {
  const remove = useMutation(api.chat.conversations.remove);
  const navigate = useNavigate();
  const viewing = useMatch(`/c/${conversationId}`) !== null;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    try {
      // Leave first, so the open view never renders a conversation that is gone.
      if (viewing) navigate("/", { replace: true });
      await remove({ conversationId });
      // The item (and its button) is gone: focus goes to "New conversation", next in the sidebar.
      document.querySelector<HTMLElement>("[data-testid='new-conversation']")?.focus();
      onClose();
    } catch (error) {
      setProblem(userMessageFor(appErrorOf(error), Date.now()));
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title="Delete this conversation?"
      confirmLabel="Delete"
      onConfirm={() => void confirm()}
      onCancel={onClose}
      busy={busy}
    >
      <p>“{title}” and all its messages will be deleted. This cannot be undone.</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </ConfirmDialog>
  );
}
