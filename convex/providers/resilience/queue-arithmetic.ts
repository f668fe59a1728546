// Bounded FIFO of generations waiting for a provider's per-minute budget.
// The queue itself lives in a table; these helpers hold the arithmetic.
// Drain-rate estimates assume the queue empties at the provider's budget,
// one request every 60_000 / rpm ms.

export interface QueueEntry {
  readonly id: string;
  readonly enqueuedAt: number;
}

/** 1-based position of `id`, or undefined if it is not queued. `entries` must be in FIFO order. */
export function queuePosition(entries: readonly Pick<QueueEntry, "id">[], id: string): number | undefined {
  const index = entries.findIndex((entry) => entry.id === id);
  return index < 0 ? undefined : index + 1;
}

export function canEnqueue(length: number, max: number): boolean {
  return length < max;
}

/** Rough wait for the entry at 1-based `position`, for a "you are #3, about 6 s" hint. */
export function estimatedWaitMs(position: number, rpm: number): number {
  return Math.ceil((Math.max(0, position) * 60_000) / Math.max(1, rpm));
}

/**
 * "Busy, try again in N s" for a request turned away by a full queue: the
 * time for the current queue to drain, in whole seconds, at least 1 s.
 * Suggesting less would only put the user at the back of a still-long
 * queue, and a longer hint spreads retries out instead of herding them.
 */
export function busyRetryAfterMs(length: number, rpm: number): number {
  const seconds = Math.ceil(estimatedWaitMs(length, rpm) / 1000);
  return Math.max(1, seconds) * 1000;
}
