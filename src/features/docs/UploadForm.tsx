import { useMutation } from "convex/react";
import { useState } from "react";
import { api } from "../../../convex/_generated/api";
import { appErrorOf } from "@rules/app-error-of";
import { MAX_DOCUMENT_BYTES } from "@rules/docs-limits";
import { checkUpload, tooLargeMessage } from "@rules/docs-upload";
import { userMessageFor } from "@rules/errors";

type Outcome = { kind: "ok" | "error"; text: string } | undefined;

/** Picks a file, checks it as the server will (for an instant, clear error), then uploads it; the server checks again. */
export function UploadForm({ corpus }: { corpus: "personal" | "workspace" }) {
  const upload = useMutation(api.docs.documents.upload);
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setOutcome(undefined);
    // Reading a huge file just to refuse it wastes memory: the size on disk first (a text file's bytes are its UTF-8 bytes).
    if (file.size > MAX_DOCUMENT_BYTES) return setOutcome({ kind: "error", text: tooLargeMessage(file.size) });
    const content = await file.text();
    const check = checkUpload({ fileName: file.name, content });
    if (!check.ok) return setOutcome({ kind: "error", text: check.message });
    setBusy(true);
    try {
      await upload({ corpus, fileName: file.name, content });
      setOutcome({ kind: "ok", text: `“${check.title}” uploaded; it is searchable once its status is ready.` });
    } catch (error) {
      setOutcome({ kind: "error", text: userMessageFor(appErrorOf(error), Date.now()) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="docs-upload" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="docs-file">
        Upload a document (Markdown, plain text or HTML, up to {MAX_DOCUMENT_BYTES / 1024} KB)
      </label>
      <input
        id="docs-file"
        type="file"
        accept=".md,.markdown,.txt,.text,.html,.htm"
        disabled={busy}
        data-testid="docs-file-input"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      {outcome && (
        <p
          className={outcome.kind === "ok" ? "form-ok" : "form-error"}
          role={outcome.kind === "ok" ? "status" : "alert"}
          data-testid={`docs-upload-${outcome.kind}`}
        >
          {outcome.text}
        </p>
      )}
    </form>
  );
}
