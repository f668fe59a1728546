import { useState } from "react";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";

/** A change an admin asked for, shown in a confirmation before anything is sent. */
export type ChangeRequest = {
  title: string;
  body: string;
  confirmLabel: string;
  run: () => Promise<unknown>;
  /** Said once the server has accepted the change. */
  success: string;
  afterSuccess?: () => void;
};

export type ChangeResult = { kind: "success" | "error"; text: string };

/**
 * Ask → confirm → send → say what happened. Nothing is shown as changed
 * until the server says so (no optimistic update): the table re-renders
 * from the live query once the mutation commits.
 */
export function useConfirmedChange() {
  const [pending, setPending] = useState<ChangeRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ChangeResult | null>(null);

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    try {
      await pending.run();
      setResult({ kind: "success", text: pending.success });
      pending.afterSuccess?.();
    } catch (error) {
      setResult({ kind: "error", text: `Nothing was changed. ${userMessageFor(appErrorOf(error), Date.now())}` });
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  return {
    pending,
    busy,
    result,
    request: (change: ChangeRequest) => {
      setResult(null);
      setPending(change);
    },
    /** A problem found before asking the server (e.g. an amount that is not one). */
    refuse: (text: string) => setResult({ kind: "error", text }),
    confirm: () => void confirm(),
    cancel: () => setPending(null),
  };
}

export type ConfirmedChange = ReturnType<typeof useConfirmedChange>;
