import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { AppErrorData } from "@rules/errors";
import { deadlineIn, type Deadline } from "../countdown/deadline";
import { useCountdown } from "../countdown/use-countdown";
import { blockingWaitMs } from "./blocking-wait";
import { SendLimitContext } from "./send-limit-context";

type Block = { refusal: AppErrorData; deadline: Deadline };

type SendLimitProviderProps = {
  /** Hears every refusal reported, before the wait is worked out (monitoring listens here). */
  onRefusal?: (refusal: AppErrorData) => void;
  children: ReactNode;
};

/** Holds the current "wait before sending" refusal and counts it down for every consumer. */
export function SendLimitProvider({ onRefusal, children }: SendLimitProviderProps) {
  const [block, setBlock] = useState<Block | null>(null);
  const msLeft = useCountdown(block?.deadline ?? null);

  const report = useCallback(
    (refusal: AppErrorData) => {
      onRefusal?.(refusal);
      const now = Date.now();
      const waitMs = blockingWaitMs(refusal, now);
      if (waitMs === null) return false;
      // The wait is pinned as retryAfterMs, so consumers can phrase it without reading the clock.
      setBlock({ refusal: { ...refusal, retryAfterMs: waitMs }, deadline: deadlineIn(waitMs, now) });
      return true;
    },
    [onRefusal],
  );

  const value = useMemo(
    () => ({ refusal: msLeft > 0 ? (block?.refusal ?? null) : null, msLeft, report }),
    [block, msLeft, report],
  );
  return <SendLimitContext.Provider value={value}>{children}</SendLimitContext.Provider>;
}
