import { useMutation } from "convex/react";
import { useEffect, useState, type ReactNode } from "react";
import { api } from "../../../convex/_generated/api";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor, type AppErrorData } from "@rules/errors";
import { claimByokStateFor } from "@/lib/byok/byok-owner";
import { LoadingPanel } from "@/components/LoadingPanel";
import { StatusPanel } from "@/components/StatusPanel";

type EnsureState = { status: "pending" } | { status: "ready" } | { status: "failed"; error: AppErrorData; at: number };

/**
 * Creates or refreshes the user's row once per mount, and renders the app
 * only after that: every user query fails with "unauthenticated" until the
 * row exists. Own-key state another user left in this browser is cleared
 * first (lib/byok/byok-owner.ts).
 */
export function EnsureUser({ children }: { children: ReactNode }) {
  const ensure = useMutation(api.users.me.ensure);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<EnsureState>({ status: "pending" });

  useEffect(() => {
    let current = true;
    ensure({})
      // Own keys left in this browser by someone else are forgotten before anything can use them.
      .then((userId) => claimByokStateFor(userId))
      .then(
        () => current && setState({ status: "ready" }),
        (error: unknown) => current && setState({ status: "failed", error: appErrorOf(error), at: Date.now() }),
      );
    return () => {
      current = false;
    };
  }, [ensure, attempt]);

  if (state.status === "ready") return children;
  if (state.status === "pending") return <LoadingPanel label="Setting up your account…" fullPage />;
  return (
    <StatusPanel title="We couldn't set up your account" role="alert" testId="ensure-user-error" fullPage>
      <p>{userMessageFor(state.error, state.at)}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          setState({ status: "pending" });
          setAttempt((n) => n + 1);
        }}
      >
        Try again
      </button>
    </StatusPanel>
  );
}
