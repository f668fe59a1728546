import { MAX_RESULT_CHARS, MAX_RESULTS, MAX_STREAM_CHARS, MAX_TRACEBACK_CHARS } from "../../rules/code-execution";

export type ResultFormat =
  "png" | "jpeg" | "text" | "html" | "svg" | "markdown" | "latex" | "json" | "javascript" | "note";
export type RunResult = { format: ResultFormat; data: string };
export type RunError = { name: string; value: string; traceback: string };
/** The formats of one E2B `Result` (the SDK's class, as plain data). */
export type RawResult = Partial<
  Record<"png" | "jpeg" | "text" | "html" | "svg" | "markdown" | "latex" | "javascript" | "pdf", string>
> & { json?: unknown };

const TEXT_FORMATS = ["text", "html", "svg", "markdown", "latex", "json", "javascript"] as const;
// eslint-disable-next-line no-control-regex -- ANSI colour codes in Jupyter tracebacks start with ESC
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/**
 * The one format of an E2B result we keep: an image if there is one, else
 * plain text, else the first other textual format — kept as text. What the
 * client does with html/svg/javascript is show it escaped, never live.
 */
export function toRunResult(raw: RawResult): RunResult {
  const image = raw.png ? ("png" as const) : raw.jpeg ? ("jpeg" as const) : null;
  const format = image ?? TEXT_FORMATS.find((name) => raw[name] !== undefined && raw[name] !== null);
  if (!format)
    return { format: "note", data: raw.pdf ? "A PDF result (not shown)." : "A result with no format we can show." };
  const value = raw[format];
  const data = typeof value === "string" ? value : JSON.stringify(value, null, 2);
  if (data.length > MAX_RESULT_CHARS)
    return {
      format: "note",
      data: `A ${format} result of ${data.length.toLocaleString("en-US")} characters was too large to keep.`,
    };
  return { format, data };
}

/** stdout/stderr/results/error as a run produces them, capped so a run can never outgrow its document. */
export function createOutputCollector() {
  const out = { stdout: "", stderr: "", stdoutTruncated: false, stderrTruncated: false, results: [] as RunResult[] };
  let error: RunError | undefined;
  let resultsDropped = 0;
  let changed = false;
  const append = (stream: "stdout" | "stderr", text: string) => {
    const room = MAX_STREAM_CHARS - out[stream].length;
    if (text.length > room) out[`${stream}Truncated`] = true;
    if (room > 0) out[stream] += text.slice(0, room);
    changed = true;
  };
  return {
    stdout: (text: string) => append("stdout", text),
    stderr: (text: string) => append("stderr", text),
    result(raw: RawResult) {
      if (out.results.length < MAX_RESULTS) out.results.push(toRunResult(raw));
      else resultsDropped += 1;
      changed = true;
    },
    error(raw: RunError) {
      error = {
        name: String(raw.name).slice(0, 200),
        value: String(raw.value).slice(0, 2000),
        traceback: String(raw.traceback ?? "")
          .replace(ANSI, "")
          .slice(0, MAX_TRACEBACK_CHARS),
      };
      changed = true;
    },
    /** True once since the last call when anything new arrived (for batched progress writes). */
    takeChanged() {
      const was = changed;
      changed = false;
      return was;
    },
    isEmpty: () => out.stdout === "" && out.stderr === "" && out.results.length === 0 && !error,
    snapshot() {
      const results =
        resultsDropped > 0
          ? [
              ...out.results,
              {
                format: "note" as const,
                data: `${resultsDropped} more result${resultsDropped === 1 ? "" : "s"} not kept (at most ${MAX_RESULTS} per run).`,
              },
            ]
          : [...out.results];
      return { ...out, results, error };
    },
  };
}

export type OutputCollector = ReturnType<typeof createOutputCollector>;
