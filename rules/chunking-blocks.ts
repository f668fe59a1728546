// The block structure chunking packs: headings, code fences (kept whole) and
// prose (paragraphs, lists, tables: anything between blank lines).

export type Block =
  { kind: "heading"; level: number; text: string } | { kind: "code"; text: string } | { kind: "prose"; text: string };

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * Blocks of Markdown (or plain text when `headings` is false, where "# x" is
 * just text). A fence closes only on the same character repeated at least as
 * many times (CommonMark); an unclosed fence runs to the end of the document.
 */
export function blocksOf(source: string, headings: boolean): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let prose: string[] = [];
  const endProse = () => {
    const text = prose.join("\n").trim();
    if (text !== "") blocks.push({ kind: "prose", text });
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE_OPEN.exec(line)?.[1];
    if (fence !== undefined) {
      endProse();
      const body = [line];
      const closer = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
      while (++i < lines.length) {
        body.push(lines[i]!);
        if (closer.test(lines[i]!)) break;
      }
      blocks.push({ kind: "code", text: body.join("\n") });
      continue;
    }
    const heading = headings ? ATX_HEADING.exec(line) : null;
    if (heading) {
      endProse();
      blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]!.trim() });
    } else if (line.trim() === "") {
      endProse();
    } else {
      prose.push(line);
    }
  }
  endProse();
  return blocks;
}
