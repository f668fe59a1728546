import type { ChangeResult } from "./use-confirmed-change";

/** The outcome of the last change: a polite status on success, an alert on failure. Always rendered, so the live region exists before it speaks. */
export function ChangeResultMessage({ result }: { result: ChangeResult | null }) {
  return (
    <div aria-live="polite" className="change-result-region">
      {result && (
        <p
          className={result.kind === "success" ? "change-result change-result--success" : "form-error"}
          role={result.kind === "error" ? "alert" : undefined}
          data-testid="admin-change-result"
          data-kind={result.kind}
        >
          {result.text}
        </p>
      )}
    </div>
  );
}
