"use node";
import { v } from "convex/values";
import { internal } from "../_generated/api";
import { internalAction } from "../_generated/server";
import { e2bConnection } from "./config";
import { createOutputCollector } from "./output-collector";
import { killSandboxById, runInSandbox } from "./sandbox-session";

const WRITE_INTERVAL_MS = 250; // at most 4 writes a second while output streams, as replies

/** Runs one started code run in the conversation's sandbox, streaming output into the run's row. */
export const run = internalAction({
  args: { runId: v.id("codeRuns") },
  handler: async (ctx, { runId }): Promise<void> => {
    const job = await ctx.runQuery(internal.code.progress.loadJob, { runId });
    if (!job) return;
    const output = createOutputCollector();
    const connection = e2bConnection();
    let writes = Promise.resolve();
    const pump = setInterval(() => {
      if (!output.takeChanged()) return;
      const { error: _error, ...progress } = output.snapshot();
      writes = writes.then(
        async () => void (await ctx.runMutation(internal.code.progress.save, { runId, ...progress })),
      );
    }, WRITE_INTERVAL_MS);
    try {
      const outcome = connection
        ? await runInSandbox({
            connection,
            known: job.sandbox,
            code: job.code,
            language: job.language,
            timeoutMs: job.timeoutMs,
            output,
            now: Date.now,
          })
        : {
            status: "failed" as const,
            failure: "Running code was switched off on this server.",
            durationMs: 0,
            costMicros: 0,
            sandbox: null,
          };
      clearInterval(pump);
      await writes.catch(() => undefined);
      await ctx.runMutation(internal.code.progress.finish, { runId, ...output.snapshot(), ...outcome });
    } finally {
      clearInterval(pump);
    }
  },
});

/** Kills a conversation's sandbox when the conversation is deleted (gone already is fine). */
export const killSandbox = internalAction({
  args: { sandboxId: v.string() },
  handler: async (_ctx, { sandboxId }): Promise<void> => {
    const connection = e2bConnection();
    if (connection) await killSandboxById(connection, sandboxId);
  },
});
