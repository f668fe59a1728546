import { useState } from "react";
import { useParams } from "react-router-dom";
import type { Id } from "../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { ErrorBoundary } from "@/components/ErrorBoundary";
import { NotFound } from "@/components/NotFound";
import { StatusPanel } from "@/components/StatusPanel";
import { isMissingDocument } from "@/lib/convex-errors/is-missing-document";
import { ConversationView } from "./ConversationView";

/** /c/:conversationId. Someone else's id, a deleted one or a mangled one all show "not found", never data. */
export function ConversationPage() {
  const { conversationId = "" } = useParams();
  return (
    <ErrorBoundary
      resetKey={conversationId}
      fallback={(error, reset) => <ConversationError error={error} reset={reset} />}
    >
      {/* Ids come from the URL: the server validates them (a bad one is "not found" below). */}
      <ConversationView key={conversationId} conversationId={conversationId as Id<"conversations">} />
    </ErrorBoundary>
  );
}

function ConversationError({ error, reset }: { error: unknown; reset: () => void }) {
  // When it failed, for messages that say how long to wait.
  const [failedAt] = useState(() => Date.now());
  if (isMissingDocument(error)) return <NotFound />;
  return (
    <StatusPanel title="This conversation could not be loaded" role="alert" testId="conversation-error">
      <p>{userMessageFor(appErrorOf(error), failedAt)}</p>
      <button type="button" className="button button--primary" onClick={reset}>
        Try again
      </button>
    </StatusPanel>
  );
}
