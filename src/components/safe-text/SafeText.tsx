import { useMemo } from "react";
import { groupBlocks } from "./group-blocks";
import { MarkdownBlock } from "./MarkdownBlock";
import { splitBlocks } from "./split-blocks";
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
 * Finished blocks are memoised in segments, so a streaming update re-renders
 * only the tail.
 */
export function SafeText({ markdown, streaming = false, allowedImageOrigins = NO_ORIGINS }: SafeTextProps) {
  const blocks = useMemo(() => groupBlocks(splitBlocks(markdown)), [markdown]);
  return (
    <div className="safe-text" data-testid="safe-text" aria-busy={streaming}>
      {blocks.map((block, index) => (
        // Keyed by position: when the tail grows, React keeps the element and
        // MarkdownBlock's memo decides from the content whether to re-render.
        <MarkdownBlock key={index} markdown={block} allowedImageOrigins={allowedImageOrigins} />
      ))}
    </div>
  );
}
