// Every production variable present and well-formed, per the same schema
// family the app checks at start-up (src/config).
import { listEnvProblems } from "../../../src/config/env-problems";
import { productionEnvSchema } from "../../../src/config/production-env-schema";
import type { CheckContext, CheckResult } from "../check-types";

export async function productionEnvCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const problems = listEnvProblems(productionEnvSchema, ctx.env);
  if (problems.length === 0) {
    return [
      { status: "pass", name: "env", detail: `production client env is complete and well-formed (${ctx.envSource})` },
    ];
  }
  return problems.map((problem) => ({
    status: "fail",
    name: `env ${problem.variable}`,
    detail: `${problem.reason}. Set it in ${ctx.envSource} and in Vercel → Settings → Environment Variables (Production)`,
  }));
}
