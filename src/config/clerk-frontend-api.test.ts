import { describe, expect, it } from "vitest";
import { clerkFrontendApiFromPublishableKey } from "./clerk-frontend-api";

describe("clerkFrontendApiFromPublishableKey", () => {
  it("decodes the Frontend API host of live and test keys", () => {
    expect(clerkFrontendApiFromPublishableKey("pk_live_Y2xlcmsuZXhhbXBsZS5jb20k")).toBe("clerk.example.com");
    expect(clerkFrontendApiFromPublishableKey("pk_test_aGFwcHktY2F0LTEyLmNsZXJrLmFjY291bnRzLmRldiQ=")).toBe(
      "happy-cat-12.clerk.accounts.dev",
    );
  });

  it.each(["sk_live_Y2xlcmsuZXhhbXBsZS5jb20k", "pk_live_bm90LWEtaG9zdA==", "pk_live_%%%", "pk_live_"])(
    "returns undefined for %s",
    (key) => expect(clerkFrontendApiFromPublishableKey(key)).toBeUndefined(),
  );
});
