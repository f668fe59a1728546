import { useEffect, useState } from "react";

const CONFIRMATION_MS = 1500;
type CopyState = "idle" | "copied" | "failed";
const LABELS: Record<CopyState, string> = { idle: "Copy", copied: "Copied", failed: "Copy failed" };

/** Copies a message's text (a reply's Markdown source) with the Clipboard API; says so on the button and to screen readers. */
export function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      // navigator.clipboard is missing outside secure contexts.
      if (!navigator.clipboard) throw new Error("Clipboard unavailable");
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <button
      type="button"
      className="button button--small message-tool"
      onClick={() => void copy()}
      aria-label={state === "idle" ? "Copy message" : LABELS[state]}
      data-testid="copy-message"
      data-state={state}
    >
      <span aria-live="polite">{LABELS[state]}</span>
    </button>
  );
}
