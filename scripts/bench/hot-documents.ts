import { convexTest } from "convex-test";
import { api, internal } from "../../convex/_generated/api";
import type { Id } from "../../convex/_generated/dataModel";
import { finishReply } from "../../convex/metrics/fixtures.test-helpers";
import schema from "../../convex/schema";
import { collectConvexModules } from "../harness/local-backend/modules";

type Syscalls = { syscall: unknown; asyncSyscall: (op: string, args: string) => Promise<string>; jsSyscall: unknown };
const WRITES = new Set(["1.0/insert", "1.0/shallowMerge", "1.0/replace", "1.0/remove"]);

/**
 * P6, hot documents: `replies` replies finishing within one second on our
 * convex/ functions (the convex-test engine), each as the generate action
 * does it — the provider gate admits the call, the call is reported, the
 * reply completes (metric, roll-ups, spend) — for as many different users.
 * Every database write is counted per document through the engine's
 * syscall layer, so rows added later (e.g. a deployment-wide spend row) are
 * counted too. The provider budget is set high enough to admit them all.
 */
export async function hotDocumentFigures(replies = 1_000) {
  const issuer = "https://bench.local";
  const env = {
    DEV_AUTH_ISSUER: issuer,
    LLM_GROQ_RPM: String(replies * 60),
    LLM_GROQ_DAILY_QUOTA: String(replies * 100),
  };
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  const t = convexTest(schema, collectConvexModules("convex", { onWrite: () => {} }));
  const users: Id<"users">[] = [];
  for (let i = 0; i < replies; i++) {
    const identity = { issuer, subject: `hot-${i}`, name: `Hot ${i}`, email: `hot-${i}@bench.local`, dev_tier: "pro" };
    users.push(await t.withIdentity(identity).mutation(api.users.me.ensure, {}));
  }

  const writes = new Map<string, number>();
  const global = globalThis as unknown as { Convex: Syscalls };
  const inner = global.Convex;
  global.Convex = {
    get syscall() {
      return inner.syscall;
    },
    get jsSyscall() {
      return inner.jsSyscall;
    },
    get asyncSyscall() {
      return async (op: string, args: string) => {
        const result = await inner.asyncSyscall(op, args);
        if (WRITES.has(op)) {
          const id =
            op === "1.0/insert" ? (JSON.parse(result) as { _id: string })._id : (JSON.parse(args) as { id: string }).id;
          writes.set(id, (writes.get(id) ?? 0) + 1);
        }
        return result;
      };
    },
  };

  const realNow = Date.now;
  const start = Date.UTC(2026, 10, 22, 12, 30, 0);
  const keyIds = ["groq-k1", "groq-k2", "groq-k3"];
  let admitted = 0;
  try {
    for (let i = 0; i < replies; i++) {
      const at = start + Math.floor((i * 1_000) / replies); // all within one second
      Date.now = () => at;
      const decision = await t.mutation(internal.providers.gate.admit, { provider: "groq", keyIds });
      if (!("keyId" in decision) || !decision.keyId) continue;
      admitted++;
      await t.mutation(internal.providers.gate.report, { provider: "groq", keyId: decision.keyId, ok: true });
      await finishReply(t, users[i]!, { provider: "groq", model: "openai/gpt-oss-20b" });
    }
  } finally {
    Date.now = realNow;
    global.Convex = inner;
    // Later stacks (Lighthouse) inherit this process's env: give it back.
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }

  const [hottestId, hottestWrites] = [...writes].reduce((a, b) => (b[1] > a[1] ? b : a), ["", 0]);
  const tables = Object.keys(schema.tables);
  const hottestTable = await t.run(
    async (ctx) => tables.find((table) => ctx.db.normalizeId(table as never, hottestId) !== null) ?? "?",
  );
  return { replies, admitted, documentsWritten: writes.size, hottestWrites, hottestTable };
}
