import type { ReactNode } from "react";
import { SendLimitProvider } from "@/lib/send-limit/SendLimitProvider";
import { useLimitRefusalReporter } from "./use-limit-refusal-reporter";

/** The send-limit state for the signed-in app, with monitoring hearing every limit refusal. */
export function MonitoredSendLimits({ children }: { children: ReactNode }) {
  const onRefusal = useLimitRefusalReporter();
  return <SendLimitProvider onRefusal={onRefusal}>{children}</SendLimitProvider>;
}
