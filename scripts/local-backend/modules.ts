import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export type ModuleLoaders = Record<string, () => Promise<Record<string, unknown>>>;

// What convex-test's `import.meta.glob` would give it, built by walking the
// folder, because this process is plain Node rather than Vite.
export function collectConvexModules(convexDir: string, onWrite: () => void): ModuleLoaders {
  const root = resolve(convexDir);
  const loaders: ModuleLoaders = {};
  for (const file of walk(root)) {
    loaders[file] = async () => wrapMutations(await import(pathToFileURL(file).href), onWrite);
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

// Every write in Convex goes through a mutation: one sent by a client, one an
// action runs, or one the scheduler runs. Wrapping each mutation's handler is
// how the backend learns that subscribed queries may have changed, without
// reaching into convex-test's internals.
function wrapMutations(mod: Record<string, unknown>, onWrite: () => void) {
  const wrapped: Record<string, unknown> = { ...mod };
  for (const [name, fn] of Object.entries(mod)) {
    const registered = fn as { isMutation?: boolean; _handler?: (...a: unknown[]) => unknown };
    if (typeof fn !== "function" || !registered.isMutation || !registered._handler) continue;
    const original = registered._handler;
    const handler = async (...args: unknown[]) => {
      try {
        return await original(...args);
      } finally {
        // The commit happens right after the handler returns; observers run
        // later on the event loop and their queries wait for the commit lock.
        setImmediate(onWrite);
      }
    };
    wrapped[name] = new Proxy(fn, {
      get: (target, prop, receiver) => (prop === "_handler" ? handler : Reflect.get(target, prop, receiver)),
    });
  }
  return wrapped;
}
