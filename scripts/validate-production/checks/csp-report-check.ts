// With a Sentry DSN, CSP violations (an injected script, a blocked innerHTML,
// a host missing from the CSP) are reported to Sentry's security endpoint and
// so become alerts: report-uri for browsers without the Reporting API,
// report-to + Reporting-Endpoints for those with it.
import { readDeployedCsp, PRINT_CSP_HINT } from "../deployed-csp";
import { expectedReportingEndpoints } from "../expected-csp";
import { CSP_REPORT_GROUP, sentryDsnParts } from "../sentry-csp-report";
import { isCheckResult } from "../vercel-config";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "CSP reports";

export async function cspReportCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const deployed = readDeployedCsp(ctx.vercelConfigPath, NAME);
  if (isCheckResult(deployed)) return [deployed];
  const sentry = sentryDsnParts(ctx.env.VITE_SENTRY_DSN);
  const reportUri = deployed.csp.get("report-uri") ?? [];
  const reportTo = deployed.csp.get("report-to") ?? [];
  if (!sentry) {
    if (reportUri.length > 0 || reportTo.length > 0 || deployed.reportingEndpoints !== undefined) {
      return [
        {
          status: "fail",
          name: NAME,
          detail: `the CSP reports violations although VITE_SENTRY_DSN is unset: set the DSN, or remove report-uri, report-to and Reporting-Endpoints; ${PRINT_CSP_HINT}`,
        },
      ];
    }
    return [
      {
        status: "warn",
        name: NAME,
        detail: "VITE_SENTRY_DSN is unset, so CSP violations are reported nowhere: set it to be alerted",
      },
    ];
  }
  const results: CheckResult[] = [];
  const fail = (detail: string) => results.push({ status: "fail", name: NAME, detail: `${detail}; ${PRINT_CSP_HINT}` });
  if (reportUri.length !== 1 || reportUri[0] !== sentry.reportUrl) {
    fail(
      `report-uri must be Sentry's security endpoint for VITE_SENTRY_DSN (${reportUri.length === 0 ? "missing" : "points elsewhere"}), so a violation becomes an alert`,
    );
  }
  if (reportTo.length !== 1 || reportTo[0] !== CSP_REPORT_GROUP) fail(`report-to must be ${CSP_REPORT_GROUP}`);
  if (deployed.reportingEndpoints !== expectedReportingEndpoints(ctx.env))
    fail(`the Reporting-Endpoints header must define ${CSP_REPORT_GROUP} as the same Sentry endpoint`);
  if (results.length > 0) return results;
  return [{ status: "pass", name: NAME, detail: "violations are reported to the DSN's Sentry project" }];
}
