import { checkLength, MAX_INPUT_CHARS } from "@rules/input/length";
import { describeSecretKind, exposedKeyKind, reportExposedKey } from "@/lib/monitoring/exposed-key";

/** The draft after pasting `pasted` over the selection [start, end). */
export function textAfterPaste(draft: string, start: number, end: number, pasted: string): string {
  return draft.slice(0, start) + pasted + draft.slice(end);
}

/**
 * Why a paste must be refused, or null to let it through. The composer
 * mirrors the server's length rule (rules/input/length.ts) so a huge paste is
 * stopped whole, with the rule's own words, instead of being silently cut by
 * the textarea's maxLength.
 */
export function pasteRefusal(draft: string, start: number, end: number, pasted: string): string | null {
  // Cheap length arithmetic first: no need to build a 1 MB string to refuse it.
  const length = draft.length - (end - start) + pasted.length;
  if (length <= MAX_INPUT_CHARS) return null;
  const check = checkLength(textAfterPaste(draft, start, end, pasted));
  return check.verdict === "reject" ? `Nothing was pasted. ${check.reason}` : null;
}

/**
 * Why a paste that carries a secret (an API key, a private key…) is refused,
 * or null. Reports `exposed_key_detected` with the kind of secret only.
 */
export function pastedSecretRefusal(pasted: string): string | null {
  const kind = exposedKeyKind(pasted, "paste");
  if (!kind) return null;
  reportExposedKey(kind, "paste");
  return `Nothing was pasted: it contains what looks like ${describeSecretKind(kind)}. Keys don't belong in a chat (it is stored and sent to the AI provider). If it is yours, revoke it at the provider.`;
}
