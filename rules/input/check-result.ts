// The shape every input check returns, Portkey-guardrail style: a verdict and,
// unless it passes, a stable code for logs and a reason the user can act on.

export type RejectCode = "empty" | "too_long" | "lone_surrogate" | "control_char" | "bidi_control";
export type FlagCode = "prompt_injection";

export type CheckResult =
  | { verdict: "pass" }
  | { verdict: "reject"; code: RejectCode; reason: string }
  | { verdict: "flag"; code: FlagCode; reason: string };

export type InputCheck = (text: string) => CheckResult;

export const PASS: CheckResult = Object.freeze({ verdict: "pass" });

/** "U+202E" style name for a UTF-16 code unit, so reasons can say what to delete. */
export function codePointLabel(codeUnit: number): string {
  return `U+${codeUnit.toString(16).toUpperCase().padStart(4, "0")}`;
}
