import { internalMutation } from "../_generated/server";
import { recordAlert } from "./record";
import { providerHealth } from "../providers/health";
import { PROVIDER_NAMES } from "../providers/resilience/provider-name";
import { lastHour, sumRows } from "../metrics/rollup-store";
import { findAlerts } from "./thresholds";

/** Every five minutes (crons.ts): provider health, last hour's error and cache-hit rates → alerts. */
export const run = internalMutation({
  args: {},
  handler: async (ctx) => {
    const now = Date.now();
    const health = await Promise.all(PROVIDER_NAMES.map((provider) => providerHealth(ctx, provider, now)));
    const findings = findAlerts({ lastHour: sumRows(await lastHour(ctx, now)), health });
    let raised = 0;
    for (const finding of findings) if (await recordAlert(ctx, finding, now)) raised++;
    console.log(
      JSON.stringify({ event: "alerts_evaluated", findings: findings.map((f) => `${f.kind}:${f.subject}`), raised }),
    );
    return { findings: findings.length, raised };
  },
});
