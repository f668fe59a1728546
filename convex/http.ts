import { httpRouter } from "convex/server";
import { internal } from "./_generated/api";
import { httpAction } from "./_generated/server";
import { metricFamilies } from "./metrics/families";
import { CONTENT_TYPE, formatExposition } from "./metrics/prometheus";
import { isReady } from "./metrics/ready";
import { metricsAccess } from "./metrics/token-check";

const http = httpRouter();
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });

/** Liveness: the deployment answers HTTP. Touches nothing else. */
http.route({ path: "/health", method: "GET", handler: httpAction(async () => json(200, { ok: true })) });

/** Readiness: database reachable and a configured provider whose breaker is not open; 503 otherwise. */
http.route({
  path: "/ready",
  method: "GET",
  handler: httpAction(async (ctx) => {
    try {
      const readiness = await ctx.runQuery(internal.metrics.ready.check, {});
      const ready = isReady(readiness);
      return json(ready ? 200 : 503, { ready, ...readiness });
    } catch (error) {
      console.error(JSON.stringify({ event: "ready_check_failed", error: String(error).slice(0, 200) }));
      return json(503, { ready: false, database: false, providers: [] });
    }
  }),
});

/** Prometheus scrape, behind `Authorization: Bearer <METRICS_TOKEN>`. */
http.route({
  path: "/metrics",
  method: "GET",
  handler: httpAction(async (ctx, request) => {
    const access = metricsAccess(request.headers.get("authorization"), process.env.METRICS_TOKEN);
    if (access === "disabled") return text(503, "metrics disabled\n");
    if (access === "denied") {
      console.log(JSON.stringify({ event: "metrics_denied", hadHeader: request.headers.has("authorization") }));
      return text(401, "unauthorized\n", { "www-authenticate": 'Bearer realm="metrics"' });
    }
    const snapshot = await ctx.runQuery(internal.metrics.exposition.snapshot, {});
    return text(200, formatExposition(metricFamilies(snapshot)), { "content-type": CONTENT_TYPE });
  }),
});

export default http;
