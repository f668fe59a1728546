// The shortcut commands other parts of the app can answer, as DOM events on
// `window`, so the keyboard layer imports no feature and any feature can
// hook in: the conversation page answers "copy the last reply" (it knows the
// reply's markdown); a copy button elsewhere can call the same thing.

const COPY_LAST_REPLY_EVENT = "chat:copy-last-reply";

/** What a listener answers: whether the text reached the clipboard, or null when there is no reply to copy. */
type CopyRequest = { copied?: Promise<boolean | null> };

/** Asks whoever shows a conversation to copy its last reply; null when nobody answered (no conversation open). */
export function requestCopyLastReply(target: EventTarget = window): Promise<boolean | null> {
  const request: CopyRequest = {};
  target.dispatchEvent(new CustomEvent<CopyRequest>(COPY_LAST_REPLY_EVENT, { detail: request }));
  return request.copied ?? Promise.resolve(null);
}

/** Answers copy requests with `copy` (first answerer wins). Returns the unsubscribe. */
export function answerCopyLastReply(copy: () => Promise<boolean | null>, target: EventTarget = window): () => void {
  const listener = (event: Event) => {
    const request = (event as CustomEvent<CopyRequest>).detail;
    request.copied ??= copy();
  };
  target.addEventListener(COPY_LAST_REPLY_EVENT, listener);
  return () => target.removeEventListener(COPY_LAST_REPLY_EVENT, listener);
}

/** Writes `text` to the clipboard; false when the browser refuses (no secure context, no permission). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The conversation search box (helper `findexport`'s `data-testid="conversation-search"`): focused and selected; false when there is none. */
export function focusConversationSearch(root: ParentNode = document): boolean {
  const search = root.querySelector<HTMLInputElement>('[data-testid="conversation-search"]');
  if (!search) return false;
  search.focus();
  search.select?.();
  return root instanceof Document ? root.activeElement === search : true;
}
