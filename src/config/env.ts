// Start-up check of the browser's env (call with `import.meta.env`): the app
// either gets a typed env or fails fast with ONE error listing every bad
// variable, so a misconfigured deploy is fixed in one round, not one per var.
import { clientEnvSchema, type ClientEnv } from "./env-schema";
import { problemsFromIssues, withoutEmptyValues, type EnvProblem } from "./env-problems";

export class ClientEnvError extends Error {
  readonly problems: readonly EnvProblem[];

  constructor(problems: readonly EnvProblem[]) {
    const lines = problems.map((problem) => `  - ${problem.variable}: ${problem.reason}`);
    super(
      `Invalid client environment; fix these variables (.env.local in dev, the Vercel project's env for deploys):\n${lines.join("\n")}`,
    );
    this.name = "ClientEnvError";
    this.problems = problems;
  }
}

export function parseClientEnv(raw: Record<string, unknown>): ClientEnv {
  const result = clientEnvSchema.safeParse(withoutEmptyValues(raw));
  if (result.success) return result.data;
  throw new ClientEnvError(problemsFromIssues(result.error.issues));
}
