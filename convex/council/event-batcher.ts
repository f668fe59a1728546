import type { CouncilEvent } from "./run-council";

/**
 * Batches a council's events into at most one database write per
 * `intervalMs` (250 ms → ≤ 4 writes a second, however many members stream at
 * once). Text events are coalesced per call (each carries the whole text so
 * far); others are kept in order. A trailing write goes out `intervalMs`
 * after the last one, so a stage change is never left unwritten while a
 * model thinks. `flush()` writes what is left, at the end. The write answers
 * whether the user stopped the run.
 */
export function createEventBatcher(args: {
  write: (events: CouncilEvent[]) => Promise<{ stopped: boolean }>;
  onStopped: () => void;
  intervalMs: number;
  now: () => number;
  schedule: (run: () => void, ms: number) => void;
}) {
  let queue: CouncilEvent[] = [];
  let lastWriteAt = -Infinity;
  let timerSet = false;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    // Stamped now, not when the write starts: a push meanwhile must wait its turn.
    lastWriteAt = args.now();
    writing = writing.then(async () => {
      if (queue.length === 0) return;
      const events = queue;
      queue = [];
      const { stopped } = await args.write(events);
      if (stopped) args.onStopped();
    });
    return writing;
  };

  const push = async (event: CouncilEvent): Promise<void> => {
    const key =
      event.type === "text"
        ? `${event.call.stage}:${event.call.member}:${event.call.target.provider}:${event.call.target.model}`
        : null;
    const same =
      key === null
        ? -1
        : queue.findIndex(
            (e) =>
              e.type === "text" &&
              `${e.call.stage}:${e.call.member}:${e.call.target.provider}:${e.call.target.model}` === key,
          );
    if (same >= 0) queue[same] = event;
    else queue.push(event);
    const wait = lastWriteAt + args.intervalMs - args.now();
    if (wait <= 0) return flush();
    if (!timerSet) {
      timerSet = true;
      args.schedule(() => {
        timerSet = false;
        void flush();
      }, wait);
    }
  };

  return { push, flush };
}
