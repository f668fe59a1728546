import { useEffect, useRef, useState } from "react";
import { NavLink } from "react-router-dom";
import type { Id } from "../../../../convex/_generated/dataModel";
import { PencilIcon, TrashIcon } from "@/components/icons";
import { ConversationMenu } from "./ConversationMenu";
import { DeleteConversationDialog } from "./DeleteConversationDialog";
import { RenameConversationForm } from "./RenameConversationForm";

type Conversation = { _id: Id<"conversations">; title: string; pinned: boolean; archived: boolean };
type Mode = "view" | "rename" | "delete";

export function ConversationListItem({ conversation }: { conversation: Conversation }) {
  const [mode, setMode] = useState<Mode>("view");
  const { _id: id, title } = conversation;
  // Focus goes back to the button that opened the form or dialog, never to <body>.
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const previousMode = useRef<Mode>("view");
  useEffect(() => {
    const from = previousMode.current;
    previousMode.current = mode;
    if (mode === "view" && from !== "view") (from === "rename" ? renameButton : deleteButton).current?.focus();
  }, [mode]);

  return (
    <li className="conversation-item" data-testid="conversation-item" data-conversation-id={id}>
      {mode === "rename" ? (
        <RenameConversationForm conversationId={id} title={title} onDone={() => setMode("view")} />
      ) : (
        <>
          <NavLink to={`/c/${id}`} className="conversation-item__link" title={title} data-testid="conversation-link">
            {title}
          </NavLink>
          <span className="conversation-item__actions">
            <button
              ref={renameButton}
              type="button"
              className="icon-button"
              aria-label={`Rename “${title}”`}
              onClick={() => setMode("rename")}
              data-testid="conversation-rename"
            >
              <PencilIcon />
            </button>
            <button
              ref={deleteButton}
              type="button"
              className="icon-button"
              aria-label={`Delete “${title}”`}
              onClick={() => setMode("delete")}
              data-testid="conversation-delete"
            >
              <TrashIcon />
            </button>
            <ConversationMenu conversation={conversation} />
          </span>
        </>
      )}
      {mode === "delete" && (
        <DeleteConversationDialog conversationId={id} title={title} onClose={() => setMode("view")} />
      )}
    </li>
  );
}
