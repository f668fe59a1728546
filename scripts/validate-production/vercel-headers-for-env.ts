// vercel.json's `headers` for an env: the derived CSP and Reporting-Endpoints
// plus every fixed header of required-headers.ts. `--print-csp` prints it for
// operators to paste; the repo's vercel.json is this for the placeholder env
// (fixtures/env/placeholder.env), which a test keeps true.
import { expectedCsp, expectedReportingEndpoints, formatCsp } from "./expected-csp";
import { ALL_ROUTES, REQUIRED_HEADERS } from "./required-headers";
import type { VercelHeaderRule } from "./vercel-config";

type Env = Readonly<Record<string, string | undefined>>;

export function vercelHeadersForEnv(env: Env): VercelHeaderRule[] {
  const reportingEndpoints = expectedReportingEndpoints(env);
  const dynamic = [
    { key: "Content-Security-Policy", value: formatCsp(expectedCsp(env)) },
    ...(reportingEndpoints ? [{ key: "Reporting-Endpoints", value: reportingEndpoints }] : []),
  ];
  const sources = [...new Set(REQUIRED_HEADERS.map((header) => header.source))];
  // Vercel applies every matching rule; the more specific source goes first, as it always has.
  return sources
    .sort((a, b) => (a === ALL_ROUTES ? 1 : b === ALL_ROUTES ? -1 : 0))
    .map((source) => ({
      source,
      headers: [
        ...(source === ALL_ROUTES ? dynamic : []),
        ...REQUIRED_HEADERS.filter((header) => header.source === source).map(({ key, value }) => ({ key, value })),
      ],
    }));
}

/** What `--print-csp` writes: the `headers` array, ready to replace vercel.json's. */
export function printableHeaders(env: Env): string {
  return `"headers": ${JSON.stringify(vercelHeadersForEnv(env), null, 2)}`;
}
