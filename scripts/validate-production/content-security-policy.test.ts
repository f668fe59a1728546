import { describe, expect, it } from "vitest";
import { directiveAllows, parseCsp, sourceAllows } from "./content-security-policy";

describe("sourceAllows", () => {
  it.each([
    ["https://*.convex.cloud", "https://happy-animal-123.convex.cloud", true],
    ["https://*.convex.cloud", "https://convex.cloud", false],
    ["https://*.convex.cloud", "wss://happy-animal-123.convex.cloud", false],
    ["wss://*.convex.cloud", "wss://happy-animal-123.convex.cloud/api/sync", true],
    ["https://*.ingest.sentry.io", "https://o1.ingest.us.sentry.io/api/1/envelope/", false],
    ["https://*.ingest.us.sentry.io", "https://o1.ingest.us.sentry.io/api/1/envelope/", true],
    ["https://us.i.posthog.com", "https://us.i.posthog.com:8443", false],
    ["https://us.i.posthog.com:*", "https://us.i.posthog.com:8443", true],
    ["https:", "https://anything.example", true],
    ["'self'", "https://anything.example", false],
  ])("%s allows %s: %s", (source, url, allowed) => {
    expect(sourceAllows(source, new URL(url))).toBe(allowed);
  });
});

describe("directiveAllows", () => {
  it("falls back to default-src", () => {
    const csp = parseCsp("default-src https://a.example; img-src 'self'");
    expect(directiveAllows(csp, "connect-src", new URL("https://a.example/x"))).toBe(true);
    expect(directiveAllows(csp, "img-src", new URL("https://a.example/x"))).toBe(false);
  });
});
