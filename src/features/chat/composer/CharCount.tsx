import { MAX_INPUT_CHARS } from "../../../../rules/input/length";

// Warn from 90%: early enough to trim before hitting the wall.
const WARN_AT = Math.floor(MAX_INPUT_CHARS * 0.9);
const format = (n: number) => n.toLocaleString("en-US");

/** Live "1,234 / 50,000", counted like the server counts (UTF-16 units, String.length). */
export function CharCount({ id, length }: { id: string; length: number }) {
  const state = length > MAX_INPUT_CHARS ? "over" : length >= WARN_AT ? "near" : "ok";
  return (
    <span id={id} className={`char-count char-count--${state}`} data-testid="char-count" data-state={state}>
      <span className="visually-hidden">Characters used: </span>
      {format(length)} / {format(MAX_INPUT_CHARS)}
    </span>
  );
}
