import { cronJobs } from "convex/server";
import { internal } from "./_generated/api";

const crons = cronJobs();

// Alert checks: de-duplicated per kind, subject and UTC day, so running often is safe.
crons.interval("evaluate metric alerts", { minutes: 5 }, internal.alerts.evaluate.run, {});

// Holds of generations that died are settled by what was stored (see chat/stale-holds.ts).
crons.interval("settle stale holds", { minutes: 5 }, internal.chat["stale-holds"].sweep, {});
// Closed roll-up buckets: their shards folded into one row each (metrics/rollup-compact.ts).
crons.interval("compact metric roll-ups", { minutes: 1 }, internal.metrics["rollup-compact"].compact, {});

// Retention: quiet hour in UTC; the run reschedules itself in batches until done.
crons.daily(
  "purge expired conversations and metrics",
  { hourUTC: 3, minuteUTC: 17 },
  internal.retention.purge.daily,
  {},
);

// Server cache: lookups already skip expired entries; this frees their space (batched, self-rescheduling).
crons.interval("purge expired cache entries", { minutes: 15 }, internal.cache.cleanup.purgeExpired, {});
// The prepared-answer pool: its size checked (alert below the minimum); answers filled only in the off-hours window, within a daily quota.
crons.interval("fill the prepared-answer pool", { minutes: 15 }, internal.cache["pool-fill"].fill, {});

export default crons;
