import { describe, expect, it } from "vitest";
import { expectedCsp, expectedReportingEndpoints, formatCsp } from "./expected-csp";
import { posthogOrigins } from "./posthog-origins";
import { sentryDsnParts } from "./sentry-csp-report";

const directive = (csp: ReturnType<typeof expectedCsp>, name: string) => csp.find(([key]) => key === name)?.[1];

describe("sentryDsnParts", () => {
  it("gives the ingest origin and the security endpoint with the public key", () => {
    expect(sentryDsnParts("https://abc123@o1.ingest.us.sentry.io/42")).toEqual({
      origin: "https://o1.ingest.us.sentry.io",
      reportUrl: "https://o1.ingest.us.sentry.io/api/42/security/?sentry_key=abc123&sentry_environment=production",
    });
  });

  it("keeps a path prefix and refuses DSNs without a key or project", () => {
    expect(sentryDsnParts("https://k@sentry.example.com/prefix/7")?.reportUrl).toMatch(
      /^https:\/\/sentry\.example\.com\/prefix\/api\/7\/security\//,
    );
    expect(sentryDsnParts("https://o1.ingest.sentry.io/42")).toBeUndefined();
    expect(sentryDsnParts("https://k@o1.ingest.sentry.io/")).toBeUndefined();
    expect(sentryDsnParts(undefined)).toBeUndefined();
  });
});

describe("posthogOrigins", () => {
  it.each([
    ["https://us.i.posthog.com", ["https://us.i.posthog.com", "https://us-assets.i.posthog.com"]],
    ["https://eu.i.posthog.com/", ["https://eu.i.posthog.com", "https://eu-assets.i.posthog.com"]],
    ["https://app.posthog.com", ["https://us.i.posthog.com", "https://us-assets.i.posthog.com"]],
    ["https://ph.example.com/ingest", ["https://ph.example.com"]],
  ])("%s → %j", (host, origins) => {
    expect(posthogOrigins(host)).toEqual(origins);
  });
});

describe("expectedCsp", () => {
  it("without Clerk, Sentry or PostHog allows no third party but the BYOK defaults, and no inline styles", () => {
    const csp = expectedCsp({ VITE_CONVEX_URL: "https://a-1.convex.cloud" });
    expect(directive(csp, "script-src")).toEqual(["'self'"]);
    expect(directive(csp, "style-src")).toEqual(["'self'"]);
    expect(directive(csp, "frame-src")).toEqual(["'none'"]);
    expect(directive(csp, "connect-src")).toEqual([
      "'self'",
      "https://a-1.convex.cloud",
      "wss://a-1.convex.cloud",
      "https://api.groq.com",
      "https://openrouter.ai",
    ]);
    expect(directive(csp, "report-uri")).toBeUndefined();
    expect(expectedReportingEndpoints({})).toBeUndefined();
    expect(formatCsp(csp)).toContain("require-trusted-types-for 'script'; trusted-types safe-text default");
  });

  it("never contains a wildcard", () => {
    const csp = formatCsp(
      expectedCsp({
        VITE_CONVEX_URL: "https://a-1.convex.cloud",
        VITE_CLERK_PUBLISHABLE_KEY: "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k",
        VITE_SENTRY_DSN: "https://k@o1.ingest.sentry.io/1",
        VITE_PUBLIC_POSTHOG_KEY: "phc_x",
      }),
    );
    expect(csp).not.toMatch(/\*/);
    expect(csp).toContain("https://clerk.example.com");
  });
});
