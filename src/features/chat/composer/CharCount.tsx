import { MAX_INPUT_CHARS } from "@rules/input/length";

// Warn from 90%: early enough to trim before hitting the wall.
const WARN_AT = Math.floor(MAX_INPUT_CHARS * 0.9);
// One formatter for the page: toLocaleString builds a new one per call, on every keystroke and on Enter.
const NUMBERS = new Intl.NumberFormat("en-US");
const MAX_TEXT = NUMBERS.format(MAX_INPUT_CHARS);

/** Live "1,234 / 50,000", counted like the server counts (UTF-16 units, String.length). */
export function CharCount({ id, length }: { id: string; length: number }) {
  const state = length > MAX_INPUT_CHARS ? "over" : length >= WARN_AT ? "near" : "ok";
  return (
    <span id={id} className={`char-count char-count--${state}`} data-testid="char-count" data-state={state}>
      <span className="visually-hidden">Characters used: </span>
      {NUMBERS.format(length)} / {MAX_TEXT}
    </span>
  );
}
