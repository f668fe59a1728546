import { useMutation } from "convex/react";
import { useEffect, useId, useRef, useState } from "react";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { ConversationInstructionsDialog } from "./ConversationInstructionsDialog";
import { useConversationExport } from "./use-conversation-export";

const problemOf = (error: unknown) => userMessageFor(appErrorOf(error), Date.now());

type Conversation = { _id: Id<"conversations">; title: string; pinned: boolean; archived: boolean };

/** A conversation's "more" menu: pin, archive, and export as Markdown or JSON. */
export function ConversationMenu({ conversation }: { conversation: Conversation }) {
  const { _id: conversationId, title, pinned, archived } = conversation;
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [editingInstructions, setEditingInstructions] = useState(false);
  const setPinned = useMutation(api.chat.organize.setPinned);
  const setArchived = useMutation(api.chat.organize.setArchived);
  const exportAs = useConversationExport();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  // Closes on a click elsewhere; Escape closes and gives focus back to the button.
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector("button")?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  async function run(action: () => Promise<unknown>) {
    setOpen(false);
    setProblem(null);
    button.current?.focus();
    try {
      await action();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  const items: [string, string, () => Promise<unknown>][] = [
    ["pin", pinned ? "Unpin" : "Pin", () => setPinned({ conversationId, pinned: !pinned })],
    ["archive", archived ? "Unarchive" : "Archive", () => setArchived({ conversationId, archived: !archived })],
    ["export-markdown", "Export as Markdown", () => exportAs(conversationId, "markdown")],
    ["export-json", "Export as JSON", () => exportAs(conversationId, "json")],
    ["instructions", "Instructions for this chat…", async () => setEditingInstructions(true)],
  ];

  return (
    <span className="conversation-menu-anchor">
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label={`More for “${title}”`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        data-testid="conversation-menu"
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={`“${title}”`}
          className="conversation-menu"
          onKeyDown={(event) => {
            if (event.key !== "Escape") return;
            event.preventDefault(); // the menu's Escape: not also "stop the reply"
            setOpen(false);
            button.current?.focus();
          }}
        >
          {items.map(([key, label, action]) => (
            <li key={key} role="none">
              <button
                type="button"
                role="menuitem"
                className="conversation-menu__item"
                onClick={() => void run(action)}
                data-testid={`conversation-${key}`}
              >
                {label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editingInstructions && (
        <ConversationInstructionsDialog
          conversationId={conversationId}
          title={title}
          onClose={() => setEditingInstructions(false)}
        />
      )}
      {problem && (
        <p className="form-error conversation-menu__problem" role="alert">
          {problem}
        </p>
      )}
    </span>
  );
}
