import type { IncomingMessage } from "node:http";

/** One change as `npx convex env set/remove` sends it: no `value` removes the variable. */
type EnvChange = { name: string; value?: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `POST /api/update_environment_variables`, the deployment endpoint the Convex
 * CLI calls for `npx convex env set` (convex/dist/cjs/cli/lib/env.js): body
 * `{ changes: [{ name, value? }] }`, an admin key as `Authorization: Convex …`.
 * Functions read process.env here, so a change is seen by the next run of any
 * function, as in the cloud. Any admin key is accepted: the harness listens on
 * loopback only and is a development tool.
 */
export function updateEnvironmentVariables(
  req: IncomingMessage,
  body: Buffer,
  env: NodeJS.ProcessEnv = process.env,
): { status: number; message?: string } {
  if (!req.headers.authorization?.startsWith("Convex "))
    return { status: 401, message: "an admin key is required (Authorization: Convex <key>)" };
  let changes: EnvChange[];
  try {
    changes = (JSON.parse(body.toString("utf8")) as { changes: EnvChange[] }).changes;
  } catch {
    return { status: 400, message: "body must be JSON: { changes: [{ name, value? }] }" };
  }
  if (
    !Array.isArray(changes) ||
    changes.some(
      (c) =>
        typeof c?.name !== "string" || !NAME.test(c.name) || (c.value !== undefined && typeof c.value !== "string"),
    )
  ) {
    return { status: 400, message: "each change needs a variable name and, to set it, a string value" };
  }
  for (const { name, value } of changes) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return { status: 200 };
}
