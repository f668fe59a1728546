import { splitBlocksAt } from "./split-blocks";

// The segments SafeText renders (each one memoised MarkdownBlock) for a reply
// that grows at its end, at a cost that follows the new text rather than the
// whole reply:
// - only the text from the last block's start is split again (the blocks
//   before it are finished and never change);
// - finished blocks are joined into segments of about SEGMENT_CHARS, so a long
//   reply costs a few sanitiser passes rather than hundreds;
// - a block that finishes while the reply streams keeps its own segment (the
//   one it had as the tail, so it is not rendered again) until the blocks
//   waiting to be joined reach SEGMENT_CHARS: then they are joined once.
// Closed segments keep the very same strings, so React's memo compares them
// by reference.

const SEGMENT_CHARS = 8_000;

export interface Segmenter {
  /** The segments of `markdown`, in order; joined with blank lines they are its blocks. */
  segments(markdown: string): string[];
}

export function createSegmenter(targetChars = SEGMENT_CHARS): Segmenter {
  let text = "";
  let closed: string[] = [];
  let open = ""; // finished blocks that arrived together, joined
  let recent: string[] = []; // finished blocks that were the tail before, one segment each
  let waiting = 0; // characters in open + recent
  let tail: string | undefined;
  let tailStart = 0;
  let result: string[] = [];

  const reset = () => {
    [text, closed, open, recent, waiting, tail, tailStart] = ["", [], "", [], 0, undefined, 0];
  };
  const join = (a: string, b: string) => (a ? `${a}\n\n${b}` : b);
  const finish = (block: string, wasTail: boolean) => {
    if (wasTail) recent.push(block);
    else {
      open = [open, ...recent, block].reduce(join, "");
      recent = [];
    }
    waiting += (waiting > 0 ? 2 : 0) + block.length; // the length of the joined text
    if (waiting >= targetChars) {
      closed.push([open, ...recent].reduce(join, ""));
      [open, recent, waiting] = ["", [], 0];
    }
  };

  return {
    segments(markdown) {
      if (markdown === text && tail !== undefined) return result;
      if (!extends_(markdown, text, tailStart)) reset(); // edited or replaced, not appended: start over
      const hadTail = tail !== undefined;
      const { blocks, starts } = splitBlocksAt(markdown.slice(tailStart));
      blocks.forEach((block, i) => {
        if (i < blocks.length - 1) return finish(block, i === 0 && hadTail);
        tail = block;
        tailStart += starts[i]!;
      });
      text = markdown;
      result = [...closed, ...(open ? [open] : []), ...recent, ...(tail !== undefined ? [tail] : [])];
      return result;
    },
  };
}

const EDGE_CHARS = 1_024;
const PROBES = 64;
const PROBE_CHARS = 16;

/**
 * Whether `next` is `previous` with text added at its end. The part from the
 * last block's start is compared in full; the finished part before it (which
 * a full comparison would read on every update: the only cost that grew with
 * the reply) is compared at its first and last KB and at 64 spots between. A
 * stream only ever appends, and a failover replaces the whole text (its start
 * differs); an edit that kept all of those spots would show the old finished
 * blocks until the reply is mounted again — still sanitised, never unsafe.
 */
function extends_(next: string, previous: string, tailStart: number): boolean {
  if (next.length < previous.length) return false;
  if (!next.startsWith(previous.slice(tailStart), tailStart)) return false;
  const head = Math.min(EDGE_CHARS, tailStart);
  if (!next.startsWith(previous.slice(0, head))) return false;
  const lastEdge = Math.max(head, tailStart - EDGE_CHARS);
  if (!next.startsWith(previous.slice(lastEdge, tailStart), lastEdge)) return false;
  for (let i = 1; i <= PROBES; i++) {
    const at = head + Math.floor(((lastEdge - head) * i) / (PROBES + 1));
    if (!next.startsWith(previous.slice(at, at + PROBE_CHARS), at)) return false;
  }
  return true;
}
