import { useMutation } from "convex/react";
import { useState } from "react";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { RunOutput, type CodeRun } from "./RunOutput";

/** The Run button of one code block, any refusal in words, and the block's latest run. */
export function CodeBlockRun({
  messageId,
  blockIndex,
  language,
  run,
}: {
  messageId: Id<"messages">;
  blockIndex: number;
  language: string;
  run?: CodeRun;
}) {
  const start = useMutation(api.code.runs.start);
  const [starting, setStarting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const running = starting || run?.status === "running";
  const onRun = async () => {
    setStarting(true);
    setRefusal(null);
    try {
      await start({ messageId, blockIndex });
    } catch (error) {
      setRefusal(userMessageFor(appErrorOf(error), Date.now()));
    } finally {
      setStarting(false);
    }
  };
  return (
    <div className="code-run" data-testid="code-run" data-block={blockIndex}>
      <button
        type="button"
        className="code-run__button"
        data-testid="run-code"
        disabled={running}
        onClick={() => void onRun()}
      >
        {running ? "Running…" : run ? "Run again" : "Run"}
        <span className="visually-hidden"> {language} code</span>
      </button>
      {refusal && (
        <p className="code-run__refusal" role="alert" data-testid="code-run-refusal">
          {refusal}
        </p>
      )}
      {run && <RunOutput run={run} />}
    </div>
  );
}
