// Shared by the code-run convex tests: the E2B stand-in with this process's
// Convex env pointed at it, and a reply holding given code blocks.
import type { Id } from "../_generated/dataModel";
import type { Backend } from "../test.setup";

export async function startE2b(env: Record<string, string> = {}) {
  const { startE2bServer } = await import("../../scripts/harness/e2b-server/server");
  const server = await startE2bServer({ maxRunMs: 10_000, memoryBytes: 256 * 1_048_576 });
  Object.assign(process.env, {
    E2B_API_KEY: server.apiKey,
    E2B_API_URL: server.url,
    E2B_SANDBOX_URL: server.url,
    ...env,
  });
  return server;
}

export function clearE2bEnv() {
  for (const name of ["E2B_API_KEY", "E2B_API_URL", "E2B_SANDBOX_URL", "E2B_RUN_TIMEOUT_MS"]) delete process.env[name];
}

export const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``;

/** A finished assistant reply of `ownerId` with this markdown, in a new conversation. */
export async function replyWith(t: Backend, ownerId: Id<"users">, content: string) {
  return t.run(async (ctx) => {
    const conversationId = await ctx.db.insert("conversations", { ownerId, title: "code", updatedAt: Date.now() });
    const messageId = await ctx.db.insert("messages", {
      conversationId,
      ownerId,
      role: "assistant",
      content,
      status: "done",
    });
    return { conversationId, messageId };
  });
}

export function runsOf(t: Backend, messageId: Id<"messages">) {
  return t.run((ctx) =>
    ctx.db
      .query("codeRuns")
      .withIndex("by_message", (q) => q.eq("messageId", messageId))
      .collect(),
  );
}

export function spendOf(t: Backend, userId: Id<"users">) {
  return t.run(async (ctx) => (await ctx.db.query("dailySpend").collect()).find((row) => row.userId === userId));
}
