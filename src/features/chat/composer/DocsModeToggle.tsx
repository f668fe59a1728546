import { useId } from "react";

export type DocsMode = { corpus: "personal" | "workspace" } | null;

/**
 * "Docs": answer from documents instead of the model's own knowledge. The
 * corpus is only named here; the server decides whose personal corpus it is.
 */
export function DocsModeToggle({ mode, onChange }: { mode: DocsMode; onChange: (mode: DocsMode) => void }) {
  const corpusId = useId();
  return (
    <span className="composer__docs" data-testid="composer-docs">
      <label>
        <input
          type="checkbox"
          checked={mode !== null}
          onChange={(event) => onChange(event.target.checked ? { corpus: "workspace" } : null)}
          data-testid="composer-docs-toggle"
        />{" "}
        Docs
      </label>
      {mode && (
        <>
          <label htmlFor={corpusId} className="visually-hidden">
            Documents to ask
          </label>
          <select
            id={corpusId}
            value={mode.corpus}
            onChange={(event) => onChange({ corpus: event.target.value === "personal" ? "personal" : "workspace" })}
            data-testid="composer-docs-corpus"
          >
            <option value="workspace">Workspace</option>
            <option value="personal">My documents</option>
          </select>
        </>
      )}
    </span>
  );
}
