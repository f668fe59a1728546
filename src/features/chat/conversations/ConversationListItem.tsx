import { useState } from "react";
import { NavLink } from "react-router-dom";
import type { Id } from "../../../../convex/_generated/dataModel";
import { PencilIcon, TrashIcon } from "../../../components/icons";
import { DeleteConversationDialog } from "./DeleteConversationDialog";
import { RenameConversationForm } from "./RenameConversationForm";

type Conversation = { _id: Id<"conversations">; title: string };
type Mode = "view" | "rename" | "delete";

export function ConversationListItem({ conversation }: { conversation: Conversation }) {
  const [mode, setMode] = useState<Mode>("view");
  const { _id: id, title } = conversation;

  return (
    <li className="conversation-item" data-testid="conversation-item" data-conversation-id={id}>
      {mode === "rename" ? (
        <RenameConversationForm conversationId={id} title={title} onDone={() => setMode("view")} />
      ) : (
        <>
          <NavLink to={`/c/${id}`} className="conversation-item__link" data-testid="conversation-link">
            {title}
          </NavLink>
          <span className="conversation-item__actions">
            <button type="button" className="icon-button" aria-label={`Rename “${title}”`} onClick={() => setMode("rename")} data-testid="conversation-rename">
              <PencilIcon />
            </button>
            <button type="button" className="icon-button" aria-label={`Delete “${title}”`} onClick={() => setMode("delete")} data-testid="conversation-delete">
              <TrashIcon />
            </button>
          </span>
        </>
      )}
      {mode === "delete" && <DeleteConversationDialog conversationId={id} title={title} onClose={() => setMode("view")} />}
    </li>
  );
}
