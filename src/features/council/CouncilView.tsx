import { SafeText } from "@/components/safe-text/SafeText";
import { CouncilDetails } from "./CouncilDetails";
import { CouncilProgress } from "./CouncilProgress";
import type { CouncilRunShown } from "./council-run";
import "./council.css";

const ENDING = {
  stopped: "The council was stopped.",
  failed: "The council could not answer. Your message is saved — retry in a moment.",
} as const;

/** A council reply: the final answer first, then how the council got there. */
export function CouncilView({ run }: { run: CouncilRunShown }) {
  const running = run.status === "running";
  return (
    <div className="council" data-testid="council" data-status={run.status}>
      {running && <CouncilProgress run={run} />}
      {run.note && (
        <p className="council-note" data-testid="council-note">
          {run.note}
        </p>
      )}
      {(run.status === "stopped" || run.status === "failed") && (
        <p className="council-note" data-testid="council-ending">
          {ENDING[run.status]}
        </p>
      )}
      {run.finalText !== "" && (
        <div className="council-final" data-testid="council-final">
          <SafeText markdown={run.finalText} streaming={running} />
          {run.chairman && (
            <p className="council-by">
              Chairman: {run.chairman.model} ({run.chairman.provider})
              {run.chairmanFallbacks > 0 && ", after the first choice failed"}
            </p>
          )}
        </div>
      )}
      <CouncilDetails run={run} />
    </div>
  );
}
