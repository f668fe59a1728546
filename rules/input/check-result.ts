// The shape every input check returns, Portkey-guardrail style: a verdict and,
// unless it passes, a stable code for logs and a reason the user can act on.

export type RejectCode =
  | "empty"
  | "too_long"
  | "lone_surrogate"
  | "control_char"
  | "bidi_control"
  | "hidden_tag"
  | "invisible_char"
  | "variation_selectors";
export type FlagCode = "prompt_injection";

export type CheckResult =
  | { verdict: "pass" }
  | { verdict: "reject"; code: RejectCode; reason: string }
  | { verdict: "flag"; code: FlagCode; reason: string };

export type InputCheck = (text: string) => CheckResult;

export const PASS: CheckResult = Object.freeze({ verdict: "pass" });

/** "U+202E" style name for a code point (or UTF-16 code unit), so reasons can say what to delete. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}
