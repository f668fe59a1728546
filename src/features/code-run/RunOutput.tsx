import type { FunctionReturnType } from "convex/server";
import type { api } from "../../../convex/_generated/api";
import { MAX_STREAM_CHARS } from "@rules/code-execution";
import { ResultView } from "./ResultView";

export type CodeRun = FunctionReturnType<typeof api.code.runs.forMessage>["runs"][number];

const TRUNCATED = `[output truncated after ${MAX_STREAM_CHARS.toLocaleString("en-US")} characters]`;

function statusLine(run: CodeRun): string {
  const seconds = run.durationMs !== undefined ? ` in ${(run.durationMs / 1000).toFixed(1)} s` : "";
  if (run.status === "running") return "Running…";
  if (run.status === "done") return run.error ? `Raised an error${seconds}` : `Finished${seconds}`;
  return run.failure ?? "The run failed.";
}

/** A run's output, all as text nodes (React escapes them) except images, which are <img> from base64 data. */
export function RunOutput({ run }: { run: CodeRun }) {
  return (
    <section
      className="code-run__output"
      data-testid="code-run-output"
      data-status={run.status}
      aria-live="polite"
      aria-label="Code output"
    >
      <p className={`code-run__status code-run__status--${run.status}`} data-testid="code-run-status">
        {statusLine(run)}
      </p>
      {run.stdout !== "" && (
        <pre className="code-run__stdout" data-testid="code-run-stdout">
          {run.stdout}
          {run.stdoutTruncated && `\n${TRUNCATED}`}
        </pre>
      )}
      {run.stderr !== "" && (
        <pre className="code-run__stderr" data-testid="code-run-stderr">
          {run.stderr}
          {run.stderrTruncated && `\n${TRUNCATED}`}
        </pre>
      )}
      {run.results.map((result, i) => (
        <ResultView key={i} result={result} />
      ))}
      {run.error && (
        <div className="code-run__error" role="alert" data-testid="code-run-error">
          <p>
            <strong>{run.error.name}</strong>: {run.error.value}
          </p>
          {run.error.traceback && <pre data-testid="code-run-traceback">{run.error.traceback}</pre>}
        </div>
      )}
    </section>
  );
}
