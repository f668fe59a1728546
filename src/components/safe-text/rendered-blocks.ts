import type { SanitizedHtml } from "./sanitize-html";

// The sanitised HTML of finished blocks this page has rendered, by their
// text. A response-cache hit shows a reply this page showed before (both
// caches live in the page's memory), so its blocks are here and the hit
// skips marked + DOMPurify: the largest single cost between Enter and the
// cached reply on screen. Only finished text is remembered (a streaming tail
// changes on every update); bounded by blocks and characters, least recently
// used first out. Values are DOMPurify's output for exactly that text and
// image policy, so reusing one is the same as rendering again.
const MAX_BLOCKS = 200;
const MAX_CHARS = 400_000;

const blocks = new Map<string, { html: SanitizedHtml; chars: number }>();
let chars = 0;

// The origins as JSON (never a raw newline) before the first newline: no two
// (origins, text) pairs share a key.
const keyOf = (markdown: string, originsKey: string) => `${originsKey}\n${markdown}`;
export const originsKeyOf = (origins: readonly string[]) => JSON.stringify(origins);

export function rememberedBlock(markdown: string, originsKey: string): SanitizedHtml | undefined {
  const key = keyOf(markdown, originsKey);
  const entry = blocks.get(key);
  if (!entry) return undefined;
  blocks.delete(key); // most recently used last
  blocks.set(key, entry);
  return entry.html;
}

export function rememberBlock(markdown: string, originsKey: string, html: SanitizedHtml): void {
  const key = keyOf(markdown, originsKey);
  if (key.length > MAX_CHARS / 4 || blocks.has(key)) return;
  blocks.set(key, { html, chars: key.length });
  chars += key.length;
  for (const [oldest, entry] of blocks) {
    if (blocks.size <= MAX_BLOCKS && chars <= MAX_CHARS) break;
    blocks.delete(oldest);
    chars -= entry.chars;
  }
}

/** Forget every block (the render benchmark times cold renders; tests start clean). */
export function forgetRenderedBlocks(): void {
  blocks.clear();
  chars = 0;
}
