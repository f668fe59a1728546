import { useMutation } from "convex/react";
import { useState } from "react";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import type { Message } from "../message";
import "./message-versions.css";

/** ‹ 2/3 › on a message with other versions (an edit, a regenerated reply): shows another one, nothing is lost. */
export function VersionSwitcher({ message }: { message: Pick<Message, "versions"> }) {
  const show = useMutation(api.chat.versions.show);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!message.versions) return null;
  const { index, count, previousId, nextId } = message.versions;

  async function showVersion(messageId: Id<"messages"> | undefined) {
    if (!messageId) return;
    setBusy(true);
    setProblem(null);
    try {
      await show({ messageId });
    } catch (error) {
      setProblem(userMessageFor(appErrorOf(error), Date.now()));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="version-switcher" data-testid="version-switcher">
      <button
        type="button"
        className="button button--small message-tool"
        onClick={() => void showVersion(previousId)}
        disabled={busy || !previousId}
        aria-label="Previous version"
        data-testid="version-previous"
      >
        ‹
      </button>
      <span className="version-switcher__position" data-testid="version-position" aria-hidden="true">
        {index}/{count}
      </span>
      <span className="visually-hidden">
        Version {index} of {count}
      </span>
      <button
        type="button"
        className="button button--small message-tool"
        onClick={() => void showVersion(nextId)}
        disabled={busy || !nextId}
        aria-label="Next version"
        data-testid="version-next"
      >
        ›
      </button>
      {problem && (
        <span className="form-error" role="alert" data-testid="version-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
