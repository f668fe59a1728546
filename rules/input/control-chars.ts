// Invisible control characters (NUL, bell, escape, DEL, the C1 block) carry no
// meaning in chat, can truncate strings in C-based tooling (NUL) and can drive
// terminals when logs are viewed (ESC sequences). Tab, LF and CR are ordinary
// text and pass.
import { type CheckResult, codePointLabel, PASS } from "./check-result";

// C0 minus \t (09) \n (0A) \r (0D); DEL (7F); C1 (80–9F).
// Matching control characters is this file's purpose, hence the lint exception.
// eslint-disable-next-line no-control-regex
const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function checkControlChars(text: string): CheckResult {
  const match = CONTROL_CHAR.exec(text);
  if (!match) return PASS;
  return {
    verdict: "reject",
    code: "control_char",
    reason:
      `Your message contains an invisible control character (${codePointLabel(match[0].charCodeAt(0))}) ` +
      `at position ${match.index + 1}, often from copying out of a terminal or PDF. Remove it and try again.`,
  };
}
