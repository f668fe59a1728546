import { useSyncExternalStore } from "react";

/**
 * The current time rounded down to `stepMs`, re-rendering at each step
 * boundary. For UI that only needs coarse time (has a minute window ended?),
 * without a component re-rendering every second or reading the clock in render.
 */
export function useClock(stepMs: number): number {
  return useSyncExternalStore(
    (onChange) => {
      let timer: ReturnType<typeof setTimeout>;
      const schedule = () => {
        timer = setTimeout(
          () => {
            onChange();
            schedule();
          },
          stepMs - (Date.now() % stepMs) + 5,
        );
      };
      schedule();
      return () => clearTimeout(timer);
    },
    () => Math.floor(Date.now() / stepMs) * stepMs,
  );
}
