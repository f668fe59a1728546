import { memo, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { attachCopyButtons } from "./copy-buttons";
import { renderMarkdown } from "./render-markdown";
import { originsKeyOf, rememberBlock, rememberedBlock } from "./rendered-blocks";

interface MarkdownBlockProps {
  markdown: string;
  allowedImageOrigins: readonly string[];
  /** The block is finished (not a streaming tail): keep its HTML for the next time this text shows (rendered-blocks.ts). */
  finished: boolean;
}

function sameOrigins(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((origin, i) => origin === b[i]);
}

// Callers pass a fresh origins array on every render; compare its contents so
// a finished block really is skipped while the tail streams in.
function arePropsEqual(prev: MarkdownBlockProps, next: MarkdownBlockProps): boolean {
  return (
    prev.markdown === next.markdown &&
    prev.finished === next.finished &&
    sameOrigins(prev.allowedImageOrigins, next.allowedImageOrigins)
  );
}

/** One top-level markdown block. Rendering it runs marked + DOMPurify, so it is memoised, and remembered once finished. */
export const MarkdownBlock = memo(function MarkdownBlock({
  markdown,
  allowedImageOrigins,
  finished,
}: MarkdownBlockProps) {
  const originsKey = originsKeyOf(allowedImageOrigins);
  // The same HTML object when only `finished` changed: React then leaves the DOM (and its copy buttons) alone.
  const html = useMemo(
    () =>
      rememberedBlock(markdown, originsKey) ??
      renderMarkdown(markdown, { allowedImageOrigins: JSON.parse(originsKey) as string[] }),
    [markdown, originsKey],
  );
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (finished) rememberBlock(markdown, originsKey, html);
  }, [finished, markdown, originsKey, html]);

  // Re-run when the HTML changes: React has replaced innerHTML, and the
  // buttons with it.
  useLayoutEffect(() => (ref.current ? attachCopyButtons(ref.current) : undefined), [html]);

  // `html` is a SanitizedHtml: only DOMPurify output reaches innerHTML.
  return <div ref={ref} className="safe-text__block" dangerouslySetInnerHTML={{ __html: html }} />;
}, arePropsEqual);
