/**
 * A moment to count down to, with the time it was set. Both are taken in the
 * event handler that learns of the wait, so rendering never reads the clock
 * (React renders must be pure) and the first frame already shows the full wait.
 */
export type Deadline = { readonly setAt: number; readonly until: number };

export function deadlineIn(waitMs: number, now: number): Deadline {
  return { setAt: now, until: now + Math.max(0, waitMs) };
}
