import type { Doc } from "../_generated/dataModel";

/**
 * What the owner sees of a run. While it runs, no model names: members are
 * "Member 1…N", and which member wrote which label stays on the server. Once
 * it has ended, every answer, critique and label is shown with its model.
 * Call costs stay server-side either way (the usage meter shows the total).
 */
export function councilRunView(run: Doc<"councilRuns">, reply: Pick<Doc<"messages">, "status"> | null = null) {
  // A run whose action died never wrote its ending; the reply's own ending (the stale-hold sweep marks it failed) stands for it.
  const orphaned =
    run.status === "running" && reply !== null && reply.status !== "pending" && reply.status !== "streaming";
  const status = orphaned ? (reply.status === "stopped" ? "stopped" : "failed") : run.status;
  const ended = status !== "running";
  const members = run.members.map((member, index) => ({
    index,
    model: ended ? { provider: member.provider, model: member.model } : null,
    answerStatus: member.answerStatus,
    answer: member.answer,
    reviewStatus: member.reviewStatus,
    review: member.review,
    ranking: member.ranking ?? null,
    failed: member.failure !== undefined,
  }));
  const labels = ended
    ? (run.labels ?? []).map(({ label, member }) => ({
        label,
        member,
        model: run.members[member]
          ? { provider: run.members[member].provider, model: run.members[member].model }
          : null,
      }))
    : null;
  return {
    _id: run._id,
    messageId: run.messageId,
    status,
    stage: run.stage,
    members,
    labels,
    aggregate: run.aggregate ?? null,
    chairman: ended ? (run.chairman ?? null) : null,
    chairmanFallbacks: run.chairmanFailures.length,
    finalText: run.finalText,
    note: run.note ?? null,
  };
}

export type CouncilRunView = ReturnType<typeof councilRunView>;
