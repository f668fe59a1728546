import { v, type Infer } from "convex/values";
import { aggregateEntry, callUsage, councilModel, councilStage, rankingParse } from "./tables";

// The orchestrator's events (run-council.ts CouncilEvent) as Convex validators,
// so the action's batched writes are checked like any other arguments.
const call = v.object({ stage: councilStage, member: v.number(), target: councilModel });

export const councilEventValidator = v.union(
  v.object({ type: v.literal("stage"), stage: councilStage }),
  v.object({ type: v.literal("text"), call, text: v.string() }),
  v.object({ type: v.literal("call_done"), call, text: v.string(), target: councilModel }),
  v.object({ type: v.literal("call_failed"), call, reason: v.string() }),
  v.object({ type: v.literal("usage"), call, usage: callUsage, target: councilModel }),
  v.object({ type: v.literal("labels"), labels: v.array(v.object({ label: v.string(), member: v.number() })) }),
  v.object({ type: v.literal("ranking"), member: v.number(), parse: rankingParse }),
  v.object({ type: v.literal("aggregate"), aggregate: v.array(aggregateEntry) }),
);

export type StoredCouncilEvent = Infer<typeof councilEventValidator>;
