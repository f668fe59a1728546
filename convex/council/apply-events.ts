import type { Doc } from "../_generated/dataModel";
import { costMicros, priceFor } from "../../rules/pricing";
import type { StoredCouncilEvent } from "./event-validators";

export type CouncilRunState = Pick<
  Doc<"councilRuns">,
  "stage" | "members" | "labels" | "aggregate" | "chairman" | "chairmanFailures" | "finalText" | "calls"
>;

/**
 * Folds a batch of orchestrator events into the stored run (pure: the
 * mutation writes the result once per batch). Text events carry the whole
 * text so far, so the last one wins. Each usage event is priced here, at the
 * model that actually answered, for its call's settlement.
 */
export function applyCouncilEvents(run: CouncilRunState, events: readonly StoredCouncilEvent[]): CouncilRunState {
  const next: CouncilRunState = {
    ...run,
    members: run.members.map((m) => ({ ...m })),
    chairmanFailures: [...run.chairmanFailures],
    calls: [...run.calls],
  };
  for (const event of events) {
    if (event.type === "stage") next.stage = event.stage;
    else if (event.type === "labels") next.labels = event.labels;
    else if (event.type === "aggregate") next.aggregate = event.aggregate;
    else if (event.type === "ranking") {
      const member = next.members[event.member];
      if (member) member.ranking = event.parse;
    } else if (event.type === "usage") {
      const usage = event.usage;
      next.calls.push({
        stage: event.call.stage,
        member: event.call.member,
        ...event.target,
        usage,
        costMicros: costMicros(priceFor(event.target.provider, event.target.model), usage),
      });
    } else applyCallEvent(next, event);
  }
  return next;
}

type CallEvent = Extract<StoredCouncilEvent, { type: "text" | "call_done" | "call_failed" }>;

function applyCallEvent(run: CouncilRunState, event: CallEvent): void {
  const { stage, member: index, target } = event.call;
  if (stage === "chair") {
    if (event.type === "call_failed") run.chairmanFailures.push({ ...target, reason: event.reason });
    else {
      run.chairman = event.type === "call_done" ? event.target : target;
      run.finalText = event.text;
    }
    return;
  }
  const member = run.members[index];
  if (!member) return;
  const status = event.type === "text" ? "running" : event.type === "call_done" ? "done" : "failed";
  if (stage === "answer") {
    member.answerStatus = status;
    if (event.type !== "call_failed") member.answer = event.text;
  } else {
    member.reviewStatus = status;
    if (event.type !== "call_failed") member.review = event.text;
  }
  if (event.type === "call_failed") member.failure = event.reason;
}
