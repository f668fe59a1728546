import { useMutation, useQuery } from "convex/react";
import { useState } from "react";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { type AppErrorData, userMessageFor } from "@rules/errors";

const STATUS_LABEL = {
  processing: "Processing…",
  ready: "Ready",
  replaced: "Replaced by a newer version",
  failed: "Failed",
} as const;

export function DocumentList({ corpus }: { corpus: "personal" | "workspace" }) {
  const documents = useQuery(api.docs.documents.list, { corpus });
  const remove = useMutation(api.docs.documents.remove);
  const [problem, setProblem] = useState<AppErrorData>();

  const onDelete = async (documentId: Id<"docDocuments">) => {
    setProblem(undefined);
    try {
      await remove({ documentId });
    } catch (error) {
      // Deletion errors (not_found, forbidden) carry no time, so no clock is read.
      setProblem(appErrorOf(error));
    }
  };

  if (documents === undefined)
    return (
      <p className="muted" role="status">
        Loading documents…
      </p>
    );
  if (documents.length === 0)
    return (
      <p className="muted" data-testid="docs-empty">
        No documents here yet.
      </p>
    );

  return (
    <>
      {problem && (
        <p className="form-error" role="alert">
          {userMessageFor(problem, 0)}
        </p>
      )}
      <table data-testid="docs-list">
        <thead>
          <tr>
            <th>Title</th>
            <th>Type</th>
            <th>Size</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d._id} data-testid="docs-row" data-title={d.title}>
              <td>{d.title}</td>
              <td>{d.kind}</td>
              <td>{(d.bytes / 1024).toFixed(1)} KB</td>
              <td>
                <span className={`doc-status--${d.status}`} data-testid="docs-status">
                  {STATUS_LABEL[d.status]}
                </span>
                {d.status === "ready" && d.chunkCount !== undefined && (
                  <span className="muted"> · {d.chunkCount} passages</span>
                )}
                {d.flagged && (
                  <span className="form-error" data-testid="docs-flagged">
                    {" "}
                    · contains instruction-like text (treated as data)
                  </span>
                )}
                {d.error && <div className="muted">{d.error}</div>}
              </td>
              <td>
                {d.canDelete && d.status !== "replaced" && (
                  <button
                    type="button"
                    className="button button--ghost"
                    data-testid="docs-delete"
                    onClick={() => void onDelete(d._id)}
                    aria-label={`Delete ${d.title}`}
                  >
                    Delete
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
