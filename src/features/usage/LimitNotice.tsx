import { useEffect, useState } from "react";
import { formatDuration } from "@rules/format-duration";
import { userMessageFor, type AppErrorData } from "@rules/errors";
import { useSendLimit } from "@/lib/send-limit/send-limit-context";

// How long "You can send again" stays after a wait ends.
const CLEARED_NOTE_MS = 6_000;

/**
 * Why sending is paused and for how long, counting down live; then, briefly,
 * that it is over (a notice that just vanishes is easy to miss). The words
 * come from the one error map (rules/errors.ts), fed the time left right now.
 */
export function LimitNotice() {
  const { refusal, msLeft } = useSendLimit();
  // The last refusal shown, kept while the "you can send again" note is up.
  const [lastShown, setLastShown] = useState<AppErrorData | null>(null);
  const [cleared, setCleared] = useState(false);
  if (refusal && refusal !== lastShown) {
    setLastShown(refusal);
    setCleared(false);
  } else if (!refusal && lastShown) {
    setLastShown(null);
    setCleared(true);
  }
  useEffect(() => {
    if (!cleared) return;
    const timer = setTimeout(() => setCleared(false), CLEARED_NOTE_MS);
    return () => clearTimeout(timer);
  }, [cleared]);

  if (!refusal) {
    return cleared ? (
      <p className="limit-notice limit-notice--cleared" role="status" data-testid="limit-cleared">
        The wait is over: you can send again.
      </p>
    ) : null;
  }

  // A refusal here always carries retryAfterMs (SendLimitProvider sees to it), so the map never reads `now`.
  const live = userMessageFor({ ...refusal, retryAfterMs: msLeft }, 0);
  // Screen readers hear the wait once, as first announced, not every second.
  const first = userMessageFor(refusal, 0);
  return (
    <div className="limit-notice" data-testid="limit-notice">
      <p className="visually-hidden" role="alert">
        {first}
      </p>
      <span
        className="limit-countdown"
        data-testid="limit-countdown"
        data-seconds-left={Math.ceil(msLeft / 1000)}
        aria-hidden="true"
      >
        {formatDuration(msLeft)}
      </span>
      <p className="limit-notice__text" aria-hidden="true" data-testid="limit-message">
        {live}
      </p>
    </div>
  );
}
