import "./thread.css";
import type { ReactNode } from "react";
import { StatusPanel } from "@/components/StatusPanel";

/** Grey bubbles in the shape of a conversation, while the first page loads. */
export function ThreadSkeleton() {
  return (
    <div className="thread thread--loading" role="status" aria-label="Loading messages" data-testid="thread-loading">
      {["user", "assistant", "user"].map((role, index) => (
        <div key={index} className={`skeleton skeleton--${role}`} aria-hidden="true" />
      ))}
    </div>
  );
}

/** `children`: shown under the panel (the new-chat page's prompt suggestions). */
export function EmptyThread({ children }: { children?: ReactNode }) {
  return (
    <div className="thread thread--empty" data-testid="thread-empty">
      <StatusPanel title="Start a conversation">
        <p className="muted">
          Ask a question below. Replies stream in as they are written, and every message passes the same guardrails:
          input checks, a per-minute limit and a daily spending cap.
        </p>
      </StatusPanel>
      {children}
    </div>
  );
}
