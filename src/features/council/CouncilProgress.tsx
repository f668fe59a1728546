import { STAGES, memberName, type CouncilRunShown } from "./council-run";

const STATUS_WORD = { waiting: "waiting", running: "writing…", done: "done", failed: "failed" } as const;

/** Where a running council is: the three stages, and each member's answer and review. */
export function CouncilProgress({ run }: { run: CouncilRunShown }) {
  const current = STAGES.findIndex((s) => s.stage === run.stage);
  return (
    <div className="council-progress" data-testid="council-progress" aria-live="polite">
      <ol className="council-stages">
        {STAGES.map(({ stage, title }, i) => (
          <li
            key={stage}
            data-testid={`council-stage-${stage}`}
            data-state={i < current ? "done" : i === current ? "current" : "pending"}
          >
            {title}
          </li>
        ))}
      </ol>
      <ul className="council-members">
        {run.members.map((member) => (
          <li key={member.index} data-testid="council-member-progress">
            {memberName(member)}: answer {STATUS_WORD[member.answerStatus]}, review {STATUS_WORD[member.reviewStatus]}
          </li>
        ))}
      </ul>
    </div>
  );
}
