import { useState } from "react";
import { MarkdownBlock } from "./MarkdownBlock";
import { createSegmenter } from "./segmenter";
import "./safe-text.css";

export interface SafeTextProps {
  /** Untrusted markdown, typically an assistant reply; may still be growing. */
  markdown: string;
  /** True while the reply is still streaming in. */
  streaming?: boolean;
  /** Origins markdown images may load from. Default: none (images show their alt text). */
  allowedImageOrigins?: readonly string[];
}

const NO_ORIGINS: readonly string[] = [];

/**
 * Renders model output (OWASP LLM05: untrusted) as sanitised markdown.
 * Finished blocks are memoised in segments, so a streaming update splits and
 * re-renders only the tail (segmenter.ts): its cost follows the new text,
 * not the length of the reply.
 */
export function SafeText({ markdown, streaming = false, allowedImageOrigins = NO_ORIGINS }: SafeTextProps) {
  // One segmenter per mounted reply; it returns the same array for the same text (StrictMode renders twice).
  const [segmenter] = useState(createSegmenter);
  const blocks = segmenter.segments(markdown);
  return (
    <div className="safe-text" data-testid="safe-text" aria-busy={streaming}>
      {blocks.map((block, index) => (
        // Keyed by position: when the tail grows, React keeps the element and
        // MarkdownBlock's memo decides from the content whether to re-render.
        <MarkdownBlock
          key={index}
          markdown={block}
          allowedImageOrigins={allowedImageOrigins}
          finished={!streaming || index < blocks.length - 1}
        />
      ))}
    </div>
  );
}
