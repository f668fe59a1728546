import { useId, useState, type FormEvent } from "react";
import { formatUsd } from "@rules/money";
import { byokSpendTracker } from "@/lib/byok/byok-runtime";
import { useClock } from "@/lib/clock/use-clock";
import { MAX_BYOK_LIMIT_MICROS, parseUsdAmount, usdInputValue } from "./usd-amount";

/** My own cap on what my keys may spend per UTC day, and what they spent today. */
export function ByokLimitSection() {
  const tracker = byokSpendTracker();
  const inputId = useId();
  // Spend is recorded by the chat as replies finish; re-read it every few seconds.
  const now = useClock(5_000);
  const [limit, setLimit] = useState(() => tracker.limit());
  const [draft, setDraft] = useState(() => usdInputValue(tracker.limit()));
  const [feedback, setFeedback] = useState<{ kind: "error" | "ok"; text: string } | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const micros = parseUsdAmount(draft);
    if (micros === null || micros > MAX_BYOK_LIMIT_MICROS) {
      setFeedback({
        kind: "error",
        text: `Enter an amount in dollars between $0.00 and ${formatUsd(MAX_BYOK_LIMIT_MICROS)}, such as 1.00.`,
      });
      return;
    }
    try {
      tracker.setLimit(micros);
    } catch {
      setFeedback({ kind: "error", text: "The limit could not be saved in this browser's storage." });
      return;
    }
    setLimit(micros);
    setDraft(usdInputValue(micros));
    setFeedback({
      kind: "ok",
      text:
        micros === 0
          ? "Saved: $0.00 blocks every message on your own key."
          : `Saved: up to ${formatUsd(micros)} a day.`,
    });
  }

  const spent = tracker.spentToday(now);
  return (
    <section className="settings-section" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Daily limit for my own keys</h2>
      <p data-testid="byok-spent-today" data-spent-micros={spent} data-limit-micros={limit}>
        Spent today (UTC) with your keys: <strong>{formatUsd(spent)}</strong> of {formatUsd(limit)}.
      </p>
      <p className="muted">A message is refused before it is sent when its worst-case cost would go over the limit.</p>
      <form method="post" onSubmit={onSubmit} className="settings-inline-form">
        <label htmlFor={inputId}>Limit per day, in US dollars</label>
        <div className="settings-inline-form__row">
          <input
            id={inputId}
            inputMode="decimal"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            data-testid="byok-limit-input"
          />
          <button type="submit" className="button" data-testid="byok-limit-save">
            Save limit
          </button>
        </div>
      </form>
      {feedback && (
        <p
          className={feedback.kind === "error" ? "form-error" : "form-ok"}
          role={feedback.kind === "error" ? "alert" : "status"}
          data-testid="byok-limit-feedback"
        >
          {feedback.text}
        </p>
      )}
    </section>
  );
}
