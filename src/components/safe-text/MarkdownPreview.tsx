import { useMemo } from "react";
import { stripMarkdown } from "./strip-markdown";

/**
 * A reply as plain text without markdown syntax, laid out in the same blocks
 * SafeText will render, for the moment before SafeText is loaded. React text
 * nodes only: nothing is interpreted as HTML.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const blocks = useMemo(() => stripMarkdown(markdown), [markdown]);
  return (
    <div className="safe-text" data-testid="markdown-preview">
      {blocks.map((block, index) =>
        block.kind === "code" ? (
          <pre key={index} className="safe-text__block">
            <code>{block.text}</code>
          </pre>
        ) : (
          <p key={index} className="safe-text__block" style={{ whiteSpace: "pre-wrap" }}>
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}
