import { useState } from "react";
import { useCurrentUser } from "@/lib/current-user/use-current-user";
import { DocumentList } from "./DocumentList";
import { UploadForm } from "./UploadForm";
import "./docs.css";

/** Documents for documentation chat: my personal corpus, and the workspace's (admins upload there). */
export function DocumentsPage() {
  const [corpus, setCorpus] = useState<"personal" | "workspace">("personal");
  const user = useCurrentUser();
  const canUpload = corpus === "personal" || user?.role === "admin";
  return (
    <main className="page docs-page" id="main" data-testid="docs-page">
      <h1>Documents</h1>
      <p className="muted">
        Documents you upload here can be asked about in chat, with citations. Your personal documents are searched only
        for you; the workspace documents are shared with everyone and managed by admins.
      </p>
      <div className="docs-page__corpora" role="group" aria-label="Corpus">
        {(["personal", "workspace"] as const).map((c) => (
          <button
            key={c}
            type="button"
            className={`button ${corpus === c ? "" : "button--ghost"}`}
            aria-pressed={corpus === c}
            data-testid={`docs-corpus-${c}`}
            onClick={() => setCorpus(c)}
          >
            {c === "personal" ? "My documents" : "Workspace"}
          </button>
        ))}
      </div>
      {canUpload && <UploadForm corpus={corpus} />}
      <DocumentList corpus={corpus} />
    </main>
  );
}
