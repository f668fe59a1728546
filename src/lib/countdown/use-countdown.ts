import { useEffect, useState } from "react";
import type { Deadline } from "./deadline";

// 4 ticks a second: a displayed seconds value is never more than 250 ms late.
const TICK_MS = 250;

type Tick = { deadline: Deadline | null; now: number };

/**
 * Milliseconds left until `deadline` (0 when there is none or it has passed),
 * re-rendering while time remains and stopping its timer once it runs out.
 * Pass the same Deadline object across renders; a new object restarts it.
 */
export function useCountdown(deadline: Deadline | null): number {
  const [tick, setTick] = useState<Tick>({ deadline: null, now: 0 });

  useEffect(() => {
    if (!deadline) return;
    const timer = setInterval(() => {
      const now = Date.now();
      setTick({ deadline, now });
      if (now >= deadline.until) clearInterval(timer);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [deadline]);

  if (!deadline) return 0;
  // Until this deadline's first tick, count from when it was set.
  const now = tick.deadline === deadline ? tick.now : deadline.setAt;
  return Math.max(0, deadline.until - now);
}
