import type { ServerResponse } from "node:http";
import { killChild, startChild, type ChildLimits } from "./child.ts";
import { ERROR_MARKER, RESULT_MARKER } from "./preludes.ts";

export type Execution = { stop(reason: string): void };

const LANGUAGES = new Set(["python", "javascript", "typescript", "js", "ts"]);

export function isSupportedLanguage(language: string): boolean {
  return LANGUAGES.has(language);
}

/**
 * Runs one cell and streams E2B's NDJSON lines to `res` as output arrives:
 * `stdout`/`stderr` {text}, `result` {png|html|…, is_main_result}, `error`
 * {name, value, traceback}, then `end_of_execution`. Stops at `maxRunMs`, when
 * the client goes away (the SDK's own timeout aborts the request) or on stop().
 */
export function execute(
  res: ServerResponse,
  args: { language: string; code: string; maxRunMs: number; limits: ChildLimits },
  onDone: () => void,
): Execution {
  const language = args.language === "js" ? "javascript" : args.language === "ts" ? "typescript" : args.language;
  const { child, cleanup } = startChild(language, args.code, args.limits);
  const send = (message: Record<string, unknown>) => {
    if (!res.writableEnded && !res.destroyed)
      res.write(`${JSON.stringify({ ...message, timestamp: new Date().toISOString() })}\n`);
  };
  let stdoutTail = "";
  const onStdoutLine = (line: string) => {
    const marker = [ERROR_MARKER, RESULT_MARKER].map((m) => [m, line.indexOf(m)] as const).find(([, at]) => at >= 0);
    if (!marker) return send({ type: "stdout", text: `${line}\n` });
    const [name, at] = marker;
    if (at > 0) send({ type: "stdout", text: line.slice(0, at) });
    const payload = safeJson(line.slice(at + name.length));
    if (name === ERROR_MARKER) send({ type: "error", ...payload });
    else send({ type: "result", is_main_result: false, ...payload });
  };
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (stdoutTail + chunk).split("\n");
    stdoutTail = lines.pop() ?? "";
    for (const line of lines) onStdoutLine(line);
  });
  child.stderr!.setEncoding("utf8").on("data", (text: string) => send({ type: "stderr", text }));

  let stoppedFor: string | null = null;
  const timer = setTimeout(() => stop(`Execution exceeded the stand-in's ${args.maxRunMs} ms limit`), args.maxRunMs);
  function stop(reason: string) {
    if (stoppedFor) return;
    stoppedFor = reason;
    killChild(child);
  }
  res.on("close", () => stop("client closed the request"));
  child.on("close", (code, signal) => {
    clearTimeout(timer);
    cleanup();
    if (stdoutTail) {
      // A last line without a newline (or a marker) still counts.
      onStdoutLine(stdoutTail);
    }
    if (signal && stoppedFor === null)
      send({
        type: "error",
        name: "KernelDied",
        value: `The process was killed (${signal}), e.g. for using too much memory.`,
        traceback: "",
      });
    else if (stoppedFor?.startsWith("Execution exceeded"))
      send({ type: "error", name: "TimeoutError", value: stoppedFor, traceback: "" });
    else if (code !== 0 && code !== 1 && !signal)
      send({ type: "error", name: "SystemExit", value: String(code), traceback: "" });
    send({ type: "end_of_execution" });
    if (!res.writableEnded) res.end();
    onDone();
  });
  return {
    stop: (reason: string) => {
      stop(reason);
      // The sandbox is gone: cut the connection as E2B's proxy does.
      res.destroy();
    },
  };
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : { text: String(value) };
  } catch {
    return { text };
  }
}
