// A message of nothing but whitespace would cost a model call to say nothing.
import { type CheckResult, PASS } from "./check-result";

/** Rejects text that is empty after String.prototype.trim (spaces, tabs, newlines, NBSP, BOM). */
export function checkEmpty(text: string): CheckResult {
  if (text.trim() !== "") return PASS;
  return { verdict: "reject", code: "empty", reason: "Your message is empty. Type something before sending." };
}
