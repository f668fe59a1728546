import { formatDuration } from "@rules/format-duration";
import { useClock } from "@/lib/clock/use-clock";

/** At N/N: when the minute window frees, counting down, before the user tries to send. */
export function FreesIn({ resetsAt }: { resetsAt: number }) {
  const now = useClock(1_000);
  const msLeft = Math.max(0, resetsAt - now);
  return (
    <span className="usage-frees" data-testid="usage-requests-frees" data-seconds-left={Math.ceil(msLeft / 1000)}>
      {" "}
      · frees in {formatDuration(msLeft)}
    </span>
  );
}
