import { useConvex, useMutation } from "convex/react";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { api } from "../../../convex/_generated/api";
import { appErrorOf } from "@rules/app-error-of";
import { formatBytes, MAX_IMPORT_BYTES } from "@rules/chat-transfer";
import { userMessageFor } from "@rules/errors";
import { saveFile } from "@/lib/download/save-file";

type Feedback = { kind: "error" | "ok"; text: string };

/** Download everything as JSON (retention.export.mine), or import a JSON export as new conversations. */
export function YourDataSection() {
  const convex = useConvex();
  const importJson = useMutation(api.chat.imports.importJson);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  async function attempt(work: () => Promise<string>) {
    setBusy(true);
    setFeedback(null);
    try {
      setFeedback({ kind: "ok", text: await work() });
    } catch (error) {
      setFeedback({ kind: "error", text: userMessageFor(appErrorOf(error), Date.now()) });
    } finally {
      setBusy(false);
    }
  }

  const exportAll = () =>
    attempt(async () => {
      const data = await convex.query(api.retention.export.mine, {});
      saveFile(
        `chat-export-${new Date(data.exportedAt).toISOString().slice(0, 10)}.json`,
        JSON.stringify(data, null, 2),
        "application/json",
      );
      return `Downloaded ${data.conversations.length} conversation${data.conversations.length === 1 ? "" : "s"}.`;
    });

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ""; // the same file can be picked again after a fix
    if (!file) return;
    // Refused before reading: the server checks again, in bytes of the text.
    if (file.size > MAX_IMPORT_BYTES)
      return setFeedback({
        kind: "error",
        text: userMessageFor({ code: "import_too_large", field: "file", limit: MAX_IMPORT_BYTES }, Date.now()),
      });
    void attempt(async () => {
      const { conversationIds } = await importJson({ json: await file.text() });
      return `Imported ${conversationIds.length} conversation${conversationIds.length === 1 ? "" : "s"}; they are at the top of your list.`;
    });
  }

  return (
    <section className="settings-section" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Your data</h2>
      <p className="muted">
        Download all your conversations as one JSON file. Import a JSON export (up to {formatBytes(MAX_IMPORT_BYTES)})
        to add its conversations as new ones; every message is checked like one you send, and counts toward your
        plan&apos;s limits.
      </p>
      <div className="settings-inline-form__row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void exportAll()}
          data-testid="data-export-all"
        >
          Download all my data (JSON)
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => fileInput.current?.click()}
          data-testid="data-import"
        >
          Import a JSON export…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="JSON export to import"
          onChange={onFile}
          data-testid="data-import-input"
        />
      </div>
      {feedback && (
        <p
          className={feedback.kind === "error" ? "form-error" : "form-ok"}
          role={feedback.kind === "error" ? "alert" : "status"}
          data-testid="data-feedback"
        >
          {feedback.text}
        </p>
      )}
    </section>
  );
}
