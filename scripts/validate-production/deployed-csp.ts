// The CSP and Reporting-Endpoints headers vercel.json deploys for every route,
// read once for the CSP checks.
import { parseCsp, type Csp } from "./content-security-policy";
import { ALL_ROUTES } from "./required-headers";
import { headerValue, isCheckResult, readVercelConfig } from "./vercel-config";
import type { CheckResult } from "./check-types";

export const PRINT_CSP_HINT = "`npm run validate:production -- --print-csp` prints the exact headers for this env";

export type DeployedCsp = { csp: Csp; reportingEndpoints: string | undefined };

export function readDeployedCsp(vercelConfigPath: string, checkName: string): DeployedCsp | CheckResult {
  const config = readVercelConfig(vercelConfigPath, checkName);
  if (isCheckResult(config)) return config;
  const header = headerValue(config, ALL_ROUTES, "Content-Security-Policy");
  if (header === undefined)
    return {
      status: "fail",
      name: checkName,
      detail: `no Content-Security-Policy for "${ALL_ROUTES}": paste the one \`npm run validate:production -- --print-csp\` prints`,
    };
  return { csp: parseCsp(header), reportingEndpoints: headerValue(config, ALL_ROUTES, "Reporting-Endpoints") };
}
