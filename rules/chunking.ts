// Heading-aware chunking for documentation chat. A document is cut into
// sections at its headings; each section into chunks of about
// CHUNK_TARGET_CHARS, packed from whole blocks (paragraphs, lists, code
// fences). A code fence is never split: one bigger than the target becomes a
// chunk of its own. A paragraph bigger than the target is cut at sentence,
// then word, boundaries. Each chunk after the first in a section repeats the
// end of the previous one (overlap), so a fact straddling the cut is whole in
// at least one chunk.
import { CHUNK_OVERLAP_CHARS, CHUNK_TARGET_CHARS } from "./docs-limits";
import { blocksOf, type Block } from "./chunking-blocks";

export type Chunk = {
  /** 0-based order in the document: neighbours are position ± 1. */
  position: number;
  /** Titles of the enclosing headings, outermost first ([] before the first heading). */
  headingPath: string[];
  text: string;
};

export type ChunkOptions = { targetChars?: number; overlapChars?: number; headings?: boolean };

export function chunkDocument(source: string, options: ChunkOptions = {}): Chunk[] {
  const target = options.targetChars ?? CHUNK_TARGET_CHARS;
  const overlap = options.overlapChars ?? CHUNK_OVERLAP_CHARS;
  const chunks: Chunk[] = [];
  for (const section of sectionsOf(blocksOf(source, options.headings ?? true))) {
    for (const text of packSection(section.blocks, target, overlap)) {
      chunks.push({ position: chunks.length, headingPath: section.headingPath, text });
    }
  }
  return chunks;
}

/** What is embedded and hashed: the heading path gives a chunk its context ("Deploying > Clerk"). */
export function embeddingTextOf(chunk: Pick<Chunk, "headingPath" | "text">, title: string): string {
  return [[title, ...chunk.headingPath].join(" > "), chunk.text].join("\n\n");
}

type Section = { headingPath: string[]; blocks: Block[] };

function sectionsOf(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  let path: string[] = [];
  let current: Section = { headingPath: path, blocks: [] };
  for (const block of blocks) {
    if (block.kind === "heading") {
      if (current.blocks.length > 0) sections.push(current);
      path = [...path.slice(0, block.level - 1), block.text];
      // Skipped levels (# then ###) leave no empty titles behind.
      current = { headingPath: path.filter((title) => title !== undefined && title !== ""), blocks: [] };
    } else {
      current.blocks.push(block);
    }
  }
  if (current.blocks.length > 0) sections.push(current);
  return sections;
}

function packSection(blocks: Block[], target: number, overlap: number): string[] {
  const pieces = blocks.flatMap((block) =>
    block.kind === "code" || block.text.length <= target ? [block] : splitProse(block.text, target),
  );
  const out: string[] = [];
  let parts: string[] = [];
  let size = 0;
  let last: Block | undefined;
  for (const piece of pieces) {
    if (parts.length > 0 && size + 2 + piece.text.length > target) {
      // Never just the carried overlap: a piece is always pushed after it.
      out.push(parts.join("\n\n"));
      const tail = last ? overlapOf(last, overlap) : undefined;
      // An overlap that would push the piece past the target is dropped, never the piece split.
      const keep = tail !== undefined && tail.length + 2 + piece.text.length <= target;
      parts = keep ? [tail] : [];
      size = keep ? tail.length : 0;
    }
    size += (parts.length > 0 ? 2 : 0) + piece.text.length;
    parts.push(piece.text);
    last = piece;
  }
  if (parts.length > 0) out.push(parts.join("\n\n"));
  return out;
}

/** The end of a prose block, cut at a word boundary; code is never carried (half a fence would be invalid). */
function overlapOf(block: Block, overlap: number): string | undefined {
  if (block.kind === "code" || overlap <= 0) return undefined;
  if (block.text.length <= overlap) return block.text;
  const tail = block.text.slice(-overlap);
  const space = tail.search(/\s/);
  const text = (space >= 0 ? tail.slice(space) : tail).trim();
  return text === "" ? undefined : text;
}

/** A long paragraph cut at sentence ends, else at spaces, else hard, into pieces ≤ target. */
function splitProse(text: string, target: number): Block[] {
  const sentences = text.match(/[^.!?]+(?:[.!?]+["')\]]*\s*|$)/g) ?? [text];
  const pieces: string[] = [];
  let current = "";
  for (const sentence of sentences.flatMap((s) => (s.length > target ? splitWords(s, target) : [s]))) {
    if (current !== "" && current.length + sentence.length > target) {
      pieces.push(current.trim());
      current = "";
    }
    current += sentence;
  }
  if (current.trim() !== "") pieces.push(current.trim());
  return pieces.map((piece) => ({ kind: "prose", text: piece }));
}

function splitWords(text: string, target: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > target) {
    const cut = rest.lastIndexOf(" ", target);
    const at = cut > target / 2 ? cut + 1 : target;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return rest === "" ? out : [...out, rest];
}
