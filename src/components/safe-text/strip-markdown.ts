import { splitBlocks } from "./split-blocks";

// What a reply says, without its markdown syntax: shown for the moment before
// SafeText (marked + DOMPurify, loaded on demand) is ready, so a full load
// never flashes `**bold**` or code fences. Text only: React renders it as text
// nodes, so nothing here is ever interpreted as HTML.

export type PreviewBlock = { kind: "code" | "text"; text: string };

const FENCE = /^\s*(`{3,}|~{3,})/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

const INLINE: Array<[RegExp, string]> = [
  [/!\[([^\]]*)\]\([^)]*\)/g, "$1"], // image → its alt text
  [/\[([^\]]*)\]\([^)]*\)/g, "$1"], // link → its text
  [/<((?:https?|mailto):[^>\s]+)>/g, "$1"], // autolink
  [/`+([^`]*)`+/g, "$1"], // inline code
  [/(\*\*|__)(?=\S)([^]*?\S)\1/g, "$2"], // bold
  [/(^|[^\w*])[*_](?=\S)([^*_]*?\S)[*_](?=[^\w*]|$)/g, "$1$2"], // emphasis (not inside snake_case words)
  [/~~(?=\S)([^]*?\S)~~/g, "$1"], // strikethrough
  [/\*{2,}|`+|~~/g, ""], // what a half-streamed reply leaves unmatched
  [/\\([\\`*_{}[\]()#+\-.!|~>])/g, "$1"], // backslash escapes
];

function plainLine(line: string): string {
  const bare = line
    .replace(/^\s{0,3}#{1,6}\s+/, "") // heading
    .replace(/^\s{0,3}(>\s?)+/, "") // blockquote
    .replace(/^(\s*)[-+*]\s+(\[[ xX]\]\s+)?/, "$1• ") // bullet (task box dropped)
    .replace(/^\s*\|\s*/, "")
    .replace(/\s*\|\s*$/, "")
    .replace(/\s*\|\s*/g, "  "); // table cells
  return INLINE.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), bare);
}

/** The reply's blocks as plain text; fenced code keeps its content, without the fences. */
export function stripMarkdown(markdown: string): PreviewBlock[] {
  return splitBlocks(markdown).map((block) => {
    const lines = block.split("\n");
    if (FENCE.test(lines[0] ?? "")) {
      const body = lines.slice(1);
      if (body.length > 0 && FENCE.test(body[body.length - 1]!)) body.pop();
      return { kind: "code", text: body.join("\n") };
    }
    const text = lines
      .filter((line) => !RULE.test(line) && !TABLE_DELIMITER.test(line))
      .map(plainLine)
      .join("\n");
    return { kind: "text", text };
  });
}
