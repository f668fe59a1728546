import { useMutation } from "convex/react";
import { useCallback } from "react";
import { api } from "../../../convex/_generated/api";
import type { AppErrorData } from "@rules/errors";
import { forwardAlert } from "@/lib/monitoring/forward-alert";
import { handleLimitRefusal } from "@/lib/monitoring/limit-refusal";
import { track } from "@/lib/monitoring/posthog";
import { monitoringUserId } from "@/lib/monitoring/report-error";

/** For SendLimitProvider's onRefusal: every limit refusal is reported to the server, analytics and alerts. */
export function useLimitRefusalReporter(): (refusal: AppErrorData) => void {
  const reportLimitHit = useMutation(api.metrics.client.reportLimitHit);
  return useCallback(
    (refusal: AppErrorData) =>
      handleLimitRefusal(refusal, {
        userId: monitoringUserId() ?? "anonymous",
        // Best effort: the user already sees the refusal; a failed report changes nothing for them.
        reportLimitHit: (kind) => void reportLimitHit({ kind }).catch(() => undefined),
        track,
        forwardAlert,
      }),
    [reportLimitHit],
  );
}
