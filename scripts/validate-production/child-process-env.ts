// The env npm children (typecheck, lint, tests, build, audit) run with: the
// parent's env minus anything that looks like a credential, so no child,
// postinstall hook or test can read or log a server secret. VITE_* values of
// the validated env are added for the build; they are public by definition
// (and checked for secrets before the build runs).
import { isCredentialName } from "./generic-secret";
import { BUILD_SECRET_NAMES, CONVEX_SECRET_NAMES } from "./server-env-names";

const ALWAYS_STRIPPED = new Set<string>([...CONVEX_SECRET_NAMES, ...BUILD_SECRET_NAMES]);
// npm spells registry auth `npm_config_//host/:_authToken`; lower-case names too.
const LOOKS_SECRET = (name: string) =>
  ALWAYS_STRIPPED.has(name) || isCredentialName(name.toUpperCase()) || /auth/i.test(name);

export function childProcessEnv(
  parentEnv: NodeJS.ProcessEnv,
  viteEnv: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parentEnv)) {
    if (value !== undefined && !LOOKS_SECRET(name)) env[name] = value;
  }
  for (const [name, value] of Object.entries(viteEnv)) {
    if (name.startsWith("VITE_")) env[name] = value;
  }
  return env;
}
