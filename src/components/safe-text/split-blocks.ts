// Splits markdown into top-level blocks so that, while a reply streams in, the
// finished blocks keep identical strings (and memoised renders) and only the
// growing tail is parsed again.
//
// A block ends at a blank line, unless the markdown after the blank line still
// belongs to the same construct. When unsure this keeps lines together: merging
// two blocks only costs a re-render, while a wrong split changes the output
// (e.g. half a list item re-read as an indented code block).
//
// Known over-merge: an indented code block containing ``` looks like a fence.
// Known split: HTML blocks such as <!-- ... --> spanning blank lines; their
// text is escaped either way, so this only changes paragraphing.

const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLANK = /^\s*$/;

interface OpenFence {
  marker: "`" | "~";
  length: number;
}

function fenceOpenedBy(line: string): OpenFence | null {
  const match = FENCE_OPEN.exec(line);
  const run = match?.[1];
  if (!run) return null;
  const marker = run[0] === "~" ? "~" : "`";
  // A backtick run followed by more backticks on the line is inline code.
  if (marker === "`" && match[2]?.includes("`")) return null;
  return { marker, length: run.length };
}

function closesFence(line: string, fence: OpenFence): boolean {
  const run = line.trim();
  return run.length >= fence.length && [...run].every((c) => c === fence.marker);
}

/** Whether `line`, coming after blank lines, continues the block in progress. */
function continuesBlock(line: string, blockHasList: boolean): boolean {
  if (/^\s/.test(line)) return true; // Indented: list item body or code.
  return blockHasList && LIST_ITEM.test(line); // Next item of a loose list.
}

/** Top-level markdown blocks, in order; blank lines between blocks are dropped. */
export function splitBlocks(markdown: string): string[] {
  return splitBlocksAt(markdown).blocks;
}

/** The blocks and where each starts in `markdown` (UTF-16 offsets), so a caller can re-split from the last one. */
export function splitBlocksAt(markdown: string): { blocks: string[]; starts: number[] } {
  const blocks: string[] = [];
  const starts: number[] = [];
  let block: string[] = [];
  let blockStart = 0;
  let blockHasList = false;
  let blanksSinceContent = 0;
  let fence: OpenFence | null = null;

  const finishBlock = () => {
    if (block.length > 0) {
      blocks.push(block.join("\n"));
      starts.push(blockStart);
    }
    block = [];
    blockHasList = false;
  };

  const lineBreak = /\r\n?|\n/g;
  for (let lineStart = 0; lineStart <= markdown.length;) {
    const found = lineBreak.exec(markdown);
    const lineEnd = found ? found.index : markdown.length;
    const line = markdown.slice(lineStart, lineEnd);
    const at = lineStart;
    lineStart = found ? lineBreak.lastIndex : markdown.length + 1;

    if (fence) {
      block.push(line); // Blank lines inside a fence are code, not separators.
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (BLANK.test(line)) {
      if (block.length > 0) blanksSinceContent += 1;
      continue;
    }
    if (blanksSinceContent > 0) {
      if (continuesBlock(line, blockHasList)) block.push(...Array<string>(blanksSinceContent).fill(""));
      else finishBlock();
      blanksSinceContent = 0;
    }
    if (block.length === 0) blockStart = at;
    fence = fenceOpenedBy(line);
    blockHasList ||= LIST_ITEM.test(line);
    block.push(line);
  }
  finishBlock();
  return { blocks, starts };
}
