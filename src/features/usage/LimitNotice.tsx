import { formatDuration } from "../../../rules/format-duration";
import { userMessageFor } from "../../../rules/errors";
import { useSendLimit } from "../../lib/send-limit/send-limit-context";

/**
 * Why sending is paused and for how long, counting down live. The words come
 * from the one error map (rules/errors.ts), fed the time left right now.
 */
export function LimitNotice() {
  const { refusal, msLeft } = useSendLimit();
  if (!refusal) return null;

  // A refusal here always carries retryAfterMs (SendLimitProvider sees to it), so the map never reads `now`.
  const live = userMessageFor({ ...refusal, retryAfterMs: msLeft }, 0);
  // Screen readers hear the wait once, as first announced, not every second.
  const first = userMessageFor(refusal, 0);
  return (
    <div className="limit-notice" data-testid="limit-notice">
      <p className="visually-hidden" role="alert">
        {first}
      </p>
      <span className="limit-countdown" data-testid="limit-countdown" data-seconds-left={Math.ceil(msLeft / 1000)} aria-hidden="true">
        {formatDuration(msLeft)}
      </span>
      <p className="limit-notice__text" aria-hidden="true" data-testid="limit-message">
        {live}
      </p>
    </div>
  );
}
