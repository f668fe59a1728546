import { memo, useLayoutEffect, useRef } from "react";
import { attachCopyButtons } from "./copy-buttons";
import { renderMarkdown } from "./render-markdown";

interface MarkdownBlockProps {
  markdown: string;
  allowedImageOrigins: readonly string[];
}

function sameOrigins(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((origin, i) => origin === b[i]);
}

// Callers pass a fresh origins array on every render; compare its contents so
// a finished block really is skipped while the tail streams in.
function arePropsEqual(prev: MarkdownBlockProps, next: MarkdownBlockProps): boolean {
  return prev.markdown === next.markdown && sameOrigins(prev.allowedImageOrigins, next.allowedImageOrigins);
}

/** One top-level markdown block. Rendering it runs marked + DOMPurify, so it is memoised. */
export const MarkdownBlock = memo(function MarkdownBlock({ markdown, allowedImageOrigins }: MarkdownBlockProps) {
  const html = renderMarkdown(markdown, { allowedImageOrigins });
  const ref = useRef<HTMLDivElement>(null);

  // Re-run when the HTML changes: React has replaced innerHTML, and the
  // buttons with it.
  useLayoutEffect(() => (ref.current ? attachCopyButtons(ref.current) : undefined), [html]);

  // `html` is a SanitizedHtml: only DOMPurify output reaches innerHTML.
  return <div ref={ref} className="safe-text__block" dangerouslySetInnerHTML={{ __html: html }} />;
}, arePropsEqual);
