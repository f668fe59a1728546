// The checks of `npm run validate:production`, in run order: seconds-fast
// config checks first so a bad env shows up before minutes of build, and the
// dist/ checks after the build that produces dist/.
import { buildCheck } from "./checks/build-check";
import { bundleBudgetCheck } from "./checks/bundle-budget-check";
import { cspReportCheck } from "./checks/csp-report-check";
import { cspSourcesCheck } from "./checks/csp-sources-check";
import { cspTrustedTypesCheck } from "./checks/csp-trusted-types-check";
import { dependenciesCheck } from "./checks/dependencies-check";
import { distDevSignInCheck } from "./checks/dist-dev-sign-in-check";
import { distSecretsCheck } from "./checks/dist-secrets-check";
import { distSourceMapsCheck } from "./checks/dist-source-maps-check";
import { npmAuditCheck } from "./checks/npm-audit-check";
import { npmScriptCheck } from "./checks/npm-script-check";
import { productionEnvCheck } from "./checks/production-env-check";
import { serverEnvPlacementCheck } from "./checks/server-env-placement-check";
import { vercelHeadersCheck } from "./checks/vercel-headers-check";
import { vercelRoutingCheck } from "./checks/vercel-routing-check";
import { viteSecretValuesCheck } from "./checks/vite-secret-values-check";
import type { Check } from "./check-types";

export const ENV_CHECKS: readonly Check[] = [productionEnvCheck, viteSecretValuesCheck, serverEnvPlacementCheck];

export const PRODUCTION_CHECKS: readonly Check[] = [
  ...ENV_CHECKS,
  vercelHeadersCheck,
  cspSourcesCheck,
  cspTrustedTypesCheck,
  cspReportCheck,
  vercelRoutingCheck,
  dependenciesCheck,
  npmAuditCheck,
  npmScriptCheck("typecheck", "fix the type errors"),
  npmScriptCheck("lint", "fix the lint errors (`npx eslint . --fix` fixes some)"),
  npmScriptCheck("test:unit", "fix the failing tests"),
  buildCheck,
  distSecretsCheck,
  distDevSignInCheck,
  distSourceMapsCheck,
  bundleBudgetCheck,
];
