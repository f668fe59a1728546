import { convexTest } from "convex-test";
import { makeFunctionReference, type GenericSchema, type SchemaDefinition, type UserIdentity } from "convex/server";
import { convexToJson, jsonToConvex, type JSONValue, type Value } from "convex/values";
import { AsyncLocalStorage } from "node:async_hooks";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Identity } from "./auth";
import { collectConvexModules, type FunctionCall } from "./modules";

export type FunctionKind = "query" | "mutation" | "action";
export type Outcome = { ok: true; value: JSONValue } | { ok: false; message: string; data?: JSONValue };
export type Engine = Awaited<ReturnType<typeof createEngine>>;

// Our own `convex/` functions running on the convex-test engine: the same
// validators, database semantics and scheduler our convex-test unit tests use,
// now reachable through the real client protocol.
export async function createEngine(convexDir: string, onCall?: (call: FunctionCall) => void) {
  const root = resolve(convexDir);
  const listeners = new Set<() => void>();
  // Convex timestamps are nanoseconds; keep ours strictly increasing.
  let lastWriteTs = BigInt(Date.now()) * 1_000_000n;
  let notifyScheduled = false;
  // Writes are noticed inside a mutation's async context; observers must run
  // outside it, or convex-test would treat their queries as nested in it.
  const runInRootContext = AsyncLocalStorage.snapshot();

  function markWrite(): bigint {
    const now = BigInt(Date.now()) * 1_000_000n;
    lastWriteTs = now > lastWriteTs ? now : lastWriteTs + 1n;
    if (!notifyScheduled) {
      notifyScheduled = true;
      setImmediate(() =>
        runInRootContext(() => {
          notifyScheduled = false;
          for (const listener of listeners) listener();
        }),
      );
    }
    return lastWriteTs;
  }

  const modules = collectConvexModules(root, { onWrite: markWrite, onCall });
  const schemaModule = await import(pathToFileURL(join(root, "schema.ts")).href);
  const t = convexTest(schemaModule.default as SchemaDefinition<GenericSchema, boolean>, modules);

  async function run(kind: FunctionKind, udfPath: string, args: JSONValue, identity?: Identity): Promise<Outcome> {
    try {
      const path = canonicalUdfPath(udfPath);
      await assertCallable(path, kind);
      // The identity is the verified token's claims, custom ones included.
      const caller = identity ? t.withIdentity(identity as Partial<UserIdentity>) : t;
      const invoke = caller[kind] as (ref: unknown, args: unknown) => Promise<Value>;
      const value = await invoke(makeFunctionReference(path), jsonToConvex(args));
      return { ok: true, value: convexToJson(value) };
    } catch (e) {
      return failure(e);
    }
  }

  // Clients may call public functions only, as on Convex cloud.
  async function assertCallable(path: string, kind: FunctionKind) {
    const [modulePath, name = "default"] = path.split(":");
    const loader = modules[`${join(root, modulePath ?? "")}.ts`] ?? modules[`${join(root, modulePath ?? "")}.js`];
    const fn = loader ? ((await loader())[name] as Record<string, unknown> | undefined) : undefined;
    const isKind = fn && (kind === "query" ? fn.isQuery : kind === "mutation" ? fn.isMutation : fn.isAction);
    if (!fn || !isKind || !fn.isPublic) {
      throw new Error(`Could not find public function for '${path}'. Did you forget to run \`npx convex dev\`?`);
    }
  }

  return {
    run,
    markWrite,
    lastWriteTs: () => lastWriteTs,
    onWrite(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fetch: (path: string, init: RequestInit) => t.fetch(path, init),
    /** Direct access for tests and seeding: runs with the engine's own context. */
    runInTransaction: t.run.bind(t),
    finishScheduledFunctions: () => t.finishInProgressScheduledFunctions(),
  };
}

function canonicalUdfPath(udfPath: string): string {
  const [modulePath = "", name = "default"] = udfPath.split(":");
  return `${modulePath.replace(/\.js$/, "")}:${name}`;
}

// A ConvexError keeps its data all the way to the client, as on Convex cloud.
function failure(e: unknown): Outcome {
  const error = e as { message?: string; data?: Value; name?: string };
  const message = error?.message ?? String(e);
  if (error && error.name === "ConvexError" && error.data !== undefined) {
    return { ok: false, message, data: convexToJson(error.data) };
  }
  return { ok: false, message };
}
