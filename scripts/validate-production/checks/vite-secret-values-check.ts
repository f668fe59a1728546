// Vite inlines every VITE_* value into the public JavaScript, so none may hold
// a secret, whatever the variable is called. Findings name the variable and
// the kind of secret, never the value.
import { looksLikeGenericSecret } from "../generic-secret";
import { findSecretShape } from "../secret-value-patterns";
import type { CheckContext, CheckResult } from "../check-types";

export async function viteSecretValuesCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const findings: CheckResult[] = [];
  for (const [name, value] of Object.entries(ctx.env)) {
    if (!name.startsWith("VITE_")) continue;
    const shape =
      findSecretShape(value) ?? (looksLikeGenericSecret(name, value) ? "long random credential" : undefined);
    if (shape === undefined) continue;
    findings.push({
      status: "fail",
      name: `secrets ${name}`,
      detail: `value looks like a ${shape}; VITE_* values are published in the browser bundle. Remove it from ${ctx.envSource} and Vercel, move it to the Convex env if the server needs it, and rotate it if it was ever deployed`,
    });
  }
  if (findings.length > 0) return findings;
  return [{ status: "pass", name: "secrets", detail: "no secret-looking value in any VITE_* variable" }];
}
