"use node";
// The E2B SDK calls of one run (Node runtime: the SDK needs node: modules).
import { AuthenticationError, NotFoundError, RateLimitError, Sandbox, TimeoutError } from "@e2b/code-interpreter";
import { runChargeMicros, SANDBOX_KEEP_ALIVE_MS, type RunLanguage } from "../../rules/code-execution";
import type { e2bConnection } from "./config";
import type { OutputCollector } from "./output-collector";

export type Connection = NonNullable<ReturnType<typeof e2bConnection>>;
type Known = { id: string; paidUntil: number } | null;
type Session = { sandbox: Sandbox; paidUntil: number };

export type SandboxOutcome = {
  status: "done" | "timeout" | "failed";
  failure?: string;
  durationMs: number;
  costMicros: number;
  /** The sandbox to reuse next time, or null when it was killed or lost. */
  sandbox: { id: string; paidUntil: number } | null;
};

// SandboxNotFoundError (API) and NotFoundError (a 404 from the sandbox) both mean "gone".
const isGone = (error: unknown) => error instanceof NotFoundError;

/** The conversation's sandbox if it is still alive (its timeout renewed to cover this run), else a new one. */
async function open(connection: Connection, known: Known, lifeMs: number): Promise<Session> {
  if (known) {
    try {
      const sandbox = await Sandbox.connect(known.id, { ...connection, timeoutMs: lifeMs });
      await sandbox.setTimeout(lifeMs);
      return { sandbox, paidUntil: known.paidUntil };
    } catch (error) {
      if (!isGone(error)) throw error;
    }
  }
  return { sandbox: await Sandbox.create({ ...connection, timeoutMs: lifeMs }), paidUntil: 0 };
}

export async function runInSandbox(args: {
  connection: Connection;
  known: Known;
  code: string;
  language: RunLanguage;
  timeoutMs: number;
  output: OutputCollector;
  now: () => number;
}): Promise<SandboxOutcome> {
  const { connection, output, now, timeoutMs } = args;
  const startedAt = now();
  const lifeMs = timeoutMs + SANDBOX_KEEP_ALIVE_MS;
  const execute = (session: Session) =>
    session.sandbox.runCode(args.code, {
      language: args.language,
      // Never 0: the SDK reads 0 as "no timer".
      timeoutMs: Math.max(1, timeoutMs),
      onStdout: (message) => output.stdout(message.line),
      onStderr: (message) => output.stderr(message.line),
      onResult: (result) => output.result(result),
      onError: (error) => output.error(error),
    });
  let session: Session | null = null;
  try {
    session = await open(connection, args.known, lifeMs);
    try {
      await execute(session);
    } catch (error) {
      if (!isGone(error) || !output.isEmpty()) throw error;
      // Gone between connecting and running ("sandbox was not found" before its timeout): once more, in a new one.
      session = { sandbox: await Sandbox.create({ ...connection, timeoutMs: lifeMs }), paidUntil: 0 };
      await execute(session);
    }
    const end = now();
    await session.sandbox.setTimeout(SANDBOX_KEEP_ALIVE_MS); // alive a while for the next run, no longer
    const aliveUntil = end + SANDBOX_KEEP_ALIVE_MS;
    return {
      status: "done",
      durationMs: end - startedAt,
      costMicros: runChargeMicros({ startedAt, paidUntil: session.paidUntil, aliveUntil }),
      sandbox: { id: session.sandbox.sandboxId, paidUntil: Math.max(session.paidUntil, aliveUntil) },
    };
  } catch (error) {
    const end = now();
    const timedOut = error instanceof TimeoutError && error.message.startsWith("Execution timed out");
    // A timed-out kernel keeps running the code: kill the sandbox rather than pay for it.
    if (session) await session.sandbox.kill().catch(() => false);
    if (!timedOut)
      console.error(
        JSON.stringify({
          event: "code_run_failed",
          error: errorName(error),
          message: redacted(error, connection.apiKey),
        }),
      );
    return {
      status: timedOut ? "timeout" : "failed",
      failure: timedOut
        ? `Stopped after ${Math.round(timeoutMs / 100) / 10} s: the time limit for one run.`
        : failureText(error),
      durationMs: end - startedAt,
      costMicros: session ? runChargeMicros({ startedAt, paidUntil: session.paidUntil, aliveUntil: end }) : 0,
      sandbox: null,
    };
  }
}

export async function killSandboxById(connection: Connection, sandboxId: string): Promise<boolean> {
  try {
    return await Sandbox.kill(sandboxId, connection);
  } catch (error) {
    console.error(
      JSON.stringify({
        event: "sandbox_kill_failed",
        error: errorName(error),
        message: redacted(error, connection.apiKey),
      }),
    );
    return false;
  }
}

function failureText(error: unknown): string {
  if (error instanceof AuthenticationError)
    return "Code execution isn't set up correctly on this server. Please tell the site administrator.";
  if (error instanceof RateLimitError) return "The code sandbox service is busy. Try again in a minute.";
  if (error instanceof TimeoutError) return "The sandbox stopped during the run (it may have expired). Run it again.";
  return "The code sandbox could not run this code. Try again in a moment.";
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);

/** An error's message for logs, cut short and with the key removed should any layer have echoed it. */
export function redacted(error: unknown, secret: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(secret).join("[redacted]").slice(0, 300);
}
