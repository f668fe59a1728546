import { useState } from "react";
import { messageTime } from "./message-time";

/** When a message was written; shown while the message is hovered or focused (styles.css), always there for screen readers. */
export function MessageTime({ at }: { at: number }) {
  // "Today" as of when the message was shown: a thread open past midnight keeps yesterday's times short until it re-mounts.
  const [shownAt] = useState(() => Date.now());
  const time = messageTime(at, shownAt);
  return (
    <time className="message__time" dateTime={time.iso} title={time.full} data-testid="message-time">
      {time.short}
    </time>
  );
}
