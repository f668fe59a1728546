import type { WindowLike } from "dompurify";
import { toOriginSet } from "./image-origins";
import { markdownToUnsafeHtml } from "./markdown-to-html";
import { sanitizeHtml, type SanitizedHtml } from "./sanitize-html";

export interface RenderMarkdownOptions {
  /** Origins images may load from, e.g. ["https://cdn.example.com"]. Default: none. */
  allowedImageOrigins?: readonly string[] | undefined;
  /** DOM for DOMPurify (tests pass a jsdom window); defaults to the global `window`. */
  window?: WindowLike | undefined;
}

/**
 * Untrusted markdown (model output) to HTML that is safe to put in the DOM:
 * marked with raw HTML escaped, then DOMPurify with an explicit allowlist.
 */
export function renderMarkdown(markdown: string, options: RenderMarkdownOptions = {}): SanitizedHtml {
  return sanitizeHtml(markdownToUnsafeHtml(markdown), {
    imageOrigins: toOriginSet(options.allowedImageOrigins ?? []),
    window: options.window,
  });
}
