// The built files a browser downloads, grepped for secrets: known key shapes,
// plus the literal values of any credential in the validated env (catches a
// server key inlined through `define` or a stray import). Key lists such as
// GROQ_API_KEYS are split the way Convex splits them, on commas and spaces.
import { isCredentialName } from "../generic-secret";
import { hasBuiltDist, notCheckedWithoutDist, readDistTextFiles } from "../dist-files";
import { findSecretShape } from "../secret-value-patterns";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "dist secrets";
// Shorter values would match by accident (e.g. "true", a port number).
const MIN_LITERAL_LENGTH = 12;

function credentialValues(env: Readonly<Record<string, string>>): { name: string; value: string }[] {
  return Object.entries(env)
    .filter(([name]) => !name.startsWith("VITE_") && isCredentialName(name))
    .flatMap(([name, value]) => value.split(/[\s,]+/).map((part) => ({ name, value: part })))
    .filter(({ value }) => value.length >= MIN_LITERAL_LENGTH);
}

export async function distSecretsCheck(ctx: CheckContext): Promise<CheckResult[]> {
  if (!hasBuiltDist(ctx.distDir)) return [notCheckedWithoutDist(NAME, ctx)];
  const secrets = credentialValues(ctx.env);
  const findings: CheckResult[] = [];
  for (const { path, text } of readDistTextFiles(ctx.distDir)) {
    const shape = findSecretShape(text);
    const leaked = secrets.filter(({ value }) => text.includes(value)).map(({ name }) => name);
    const what = [...(shape ? [`a ${shape}`] : []), ...leaked.map((name) => `the value of ${name}`)];
    if (what.length === 0) continue;
    findings.push({
      status: "fail",
      name: `${NAME} dist/${path}`,
      detail: `contains ${what.join(" and ")}: find the import or VITE_* variable that put it there, remove it, rebuild, and rotate the key`,
    });
  }
  if (findings.length > 0) return findings;
  return [{ status: "pass", name: NAME, detail: "no secret-looking string in dist/" }];
}
