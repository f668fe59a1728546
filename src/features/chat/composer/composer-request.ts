import { useEffect, useRef } from "react";

/** Text another part of the page asks the composer to send (a prompt suggestion); a new `id` for each ask. */
export type ComposerRequest = { text: string; id: number };

/**
 * Puts a request's text in the draft, then sends it through the composer's
 * own `send` once the draft holds it: the same checks (input rules, offline,
 * limits) and the same failure handling (the text stays in the draft) as
 * typing it and pressing Enter.
 */
export function useComposerRequest(
  request: ComposerRequest | undefined,
  draft: string,
  setDraft: (text: string) => void,
  send: () => void,
): void {
  const handled = useRef<number | null>(null);
  const sendWhenDrafted = useRef<string | null>(null);
  useEffect(() => {
    if (!request || handled.current === request.id) return;
    handled.current = request.id;
    sendWhenDrafted.current = request.text;
    setDraft(request.text);
  }, [request, setDraft]);
  useEffect(() => {
    if (sendWhenDrafted.current === null || draft !== sendWhenDrafted.current) return;
    sendWhenDrafted.current = null;
    send();
  });
}
