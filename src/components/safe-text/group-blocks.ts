/**
 * Joins consecutive finished blocks into segments of about `targetChars`,
 * keeping the last block (the growing tail) on its own. Memoising segments
 * instead of single blocks keeps streaming cheap (only the tail re-renders)
 * while a long reply costs a few sanitiser passes rather than hundreds.
 * Earlier segments depend only on earlier blocks, so they stay stable as the
 * tail grows.
 */
export function groupBlocks(blocks: readonly string[], targetChars = 8_000): string[] {
  if (blocks.length <= 1) return [...blocks];
  const segments: string[] = [];
  let open = "";
  for (const block of blocks.slice(0, -1)) {
    open = open ? `${open}\n\n${block}` : block;
    if (open.length >= targetChars) {
      segments.push(open);
      open = "";
    }
  }
  if (open) segments.push(open);
  segments.push(blocks[blocks.length - 1]!);
  return segments;
}
