/**
 * Turns a token stream into at most one database write per `intervalMs`
 * (250 ms → at most 4 writes a second), never one write per token. The
 * caller flushes once more at the end with the final text.
 */
export function createBatchedWriter(
  write: (text: string) => Promise<"continue" | "stop">,
  intervalMs: number,
  now: () => number,
) {
  let lastWriteAt = -Infinity;
  return async (text: string): Promise<"continue" | "stop"> => {
    if (now() - lastWriteAt < intervalMs) return "continue";
    lastWriteAt = now();
    return write(text);
  };
}
