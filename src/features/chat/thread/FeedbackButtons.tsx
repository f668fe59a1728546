import { useMutation, useQuery } from "convex/react";
import { useState, type FormEvent } from "react";
import { api } from "../../../../convex/_generated/api";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { MAX_FEEDBACK_REASON_CHARS, normalisedReason, type FeedbackRating } from "@rules/feedback";
import { track } from "@/lib/monitoring/posthog";
import type { Message } from "../message";
import "./message-versions.css";

const problemText = (error: unknown) => userMessageFor(appErrorOf(error), Date.now());

/**
 * Thumbs up / down on a finished reply, changeable, then an optional reason.
 * Stored per user per reply (`chat.feedback.rate`); PostHog gets the rating,
 * whether a reason was given and the provider, never any text.
 */
export function FeedbackButtons({ reply }: { reply: Pick<Message, "_id" | "conversationId" | "provider"> }) {
  // One subscription per conversation, shared by every reply (Convex de-duplicates identical queries).
  const mine = useQuery(api.chat.feedback.mine, { conversationId: reply.conversationId });
  const rate = useMutation(api.chat.feedback.rate);
  const stored = mine?.find((row) => row.messageId === reply._id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [note, setNote] = useState<string | null>(null);

  async function send(rating: FeedbackRating, withReason?: string) {
    setNote(null);
    try {
      await rate({ messageId: reply._id, rating, reason: withReason });
      track("reply_feedback", {
        rating,
        has_reason: normalisedReason(withReason) !== undefined,
        provider: reply.provider,
      });
      setNote(withReason === undefined ? null : "Thanks for the feedback.");
      return true;
    } catch (error) {
      setNote(problemText(error));
      return false;
    }
  }

  async function choose(rating: FeedbackRating) {
    if (await send(rating, stored?.reason)) setAsking(true);
  }

  async function submitReason(event: FormEvent) {
    event.preventDefault();
    if (stored && (await send(stored.rating, reason))) setAsking(false);
  }

  const thumb = (rating: FeedbackRating, label: string, glyph: string) => (
    <button
      type="button"
      className="button button--small message-tool"
      aria-pressed={stored?.rating === rating}
      aria-label={label}
      onClick={() => void choose(rating)}
      data-testid={`feedback-${rating}`}
    >
      {glyph}
    </button>
  );
  return (
    <>
      {thumb("up", "Good reply", "👍")}
      {thumb("down", "Bad reply", "👎")}
      {asking && stored && (
        <form
          className="feedback-reason"
          onSubmit={(event) => void submitReason(event)}
          data-testid="feedback-reason-form"
        >
          <input
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={MAX_FEEDBACK_REASON_CHARS}
            placeholder="Why? (optional)"
            aria-label="Why? (optional)"
            data-testid="feedback-reason"
          />
          <button type="submit" className="button button--small">
            Send
          </button>
          <button type="button" className="button button--small" onClick={() => setAsking(false)}>
            Skip
          </button>
        </form>
      )}
      {note && (
        <span className="message__meta" role="status" data-testid="feedback-note">
          {note}
        </span>
      )}
    </>
  );
}
