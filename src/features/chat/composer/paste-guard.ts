import { checkLength, MAX_INPUT_CHARS } from "../../../../rules/input/length";

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
