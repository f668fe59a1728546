// Feedback on replies (thumbs up / down with an optional reason): the
// reason's limit, shared by the form and the server, and the admin tally.

export type FeedbackRating = "up" | "down";

/** Enough for a sentence or two; the reason is shown to admins, never sent to analytics. */
export const MAX_FEEDBACK_REASON_CHARS = 500;

/** The reason as stored: trimmed, undefined when empty. */
export function normalisedReason(reason: string | undefined): string | undefined {
  const trimmed = reason?.trim();
  return trimmed ? trimmed : undefined;
}

export function reasonTooLong(reason: string): string | null {
  return reason.length > MAX_FEEDBACK_REASON_CHARS
    ? `Keep the reason under ${MAX_FEEDBACK_REASON_CHARS} characters (it has ${reason.length}).`
    : null;
}

export type ModelFeedback = { model: string; up: number; down: number };

/** Ratings per model ("provider · model"), most rated first; a reply with no provider counts as "unknown". */
export function tallyByModel(
  rows: readonly { rating: FeedbackRating; provider?: string; model?: string }[],
): ModelFeedback[] {
  const byModel = new Map<string, ModelFeedback>();
  for (const row of rows) {
    const model = row.provider ? `${row.provider} · ${row.model ?? "?"}` : "unknown";
    const tally = byModel.get(model) ?? { model, up: 0, down: 0 };
    tally[row.rating] += 1;
    byModel.set(model, tally);
  }
  return [...byModel.values()].sort((a, b) => b.up + b.down - (a.up + a.down) || a.model.localeCompare(b.model));
}
