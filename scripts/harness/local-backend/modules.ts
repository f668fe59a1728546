import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export type ModuleLoaders = Record<string, () => Promise<Record<string, unknown>>>;
export type FunctionCall = { kind: "query" | "mutation" | "action"; path: string };
export type ModuleHooks = {
  /** After every mutation: the only way anything is written. */
  onWrite: () => void;
  /** Before every query, mutation or action runs (benchmarks count transactions with it). */
  onCall?: (call: FunctionCall) => void;
};

// What convex-test's `import.meta.glob` would give it, built by walking the
// folder, because this process is plain Node rather than Vite.
export function collectConvexModules(convexDir: string, hooks: ModuleHooks): ModuleLoaders {
  const root = resolve(convexDir);
  const loaders: ModuleLoaders = {};
  for (const file of walk(root)) {
    const modulePath = relative(root, file).replace(/\.(ts|js)$/, "");
    loaders[file] = async () => wrapFunctions(await import(pathToFileURL(file).href), modulePath, hooks);
  }
  return loaders;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "node_modules") yield* walk(path);
    } else if (/\.(ts|js)$/.test(name) && (name.match(/\./g) ?? []).length === 1) {
      // Convex's own rule: a file with more than one dot (`x.test.ts`) is not a module.
      yield path;
    }
  }
}

type Registered = {
  isQuery?: boolean;
  isMutation?: boolean;
  isAction?: boolean;
  _handler?: (...a: unknown[]) => unknown;
};

// Every write in Convex goes through a mutation: one sent by a client, one an
// action runs, or one the scheduler runs. Wrapping each function's handler is
// how the backend learns that subscribed queries may have changed, without
// reaching into convex-test's internals.
function wrapFunctions(mod: Record<string, unknown>, modulePath: string, hooks: ModuleHooks) {
  const wrapped: Record<string, unknown> = { ...mod };
  for (const [name, fn] of Object.entries(mod)) {
    const registered = fn as Registered;
    if (typeof fn !== "function" || !registered._handler) continue;
    const kind = registered.isMutation
      ? "mutation"
      : registered.isQuery
        ? "query"
        : registered.isAction
          ? "action"
          : undefined;
    if (!kind) continue;
    const original = registered._handler;
    const handler = async (...args: unknown[]) => {
      hooks.onCall?.({ kind, path: `${modulePath}:${name}` });
      try {
        return await original(...args);
      } finally {
        // The commit happens right after the handler returns; observers run
        // later on the event loop and their queries wait for the commit lock.
        if (kind === "mutation") setImmediate(hooks.onWrite);
      }
    };
    wrapped[name] = new Proxy(fn, {
      get: (target, prop, receiver) => (prop === "_handler" ? handler : Reflect.get(target, prop, receiver)),
    });
  }
  return wrapped;
}
