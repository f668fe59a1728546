import { describe, expect, it } from "vitest";
import { safeRedirectPath, signInUrlFor } from "./redirect-path";

describe("safeRedirectPath", () => {
  it.each(["/", "/c/abc", "/c/abc?x=1#m"])("keeps the same-origin path %s", (path) =>
    expect(safeRedirectPath(path)).toBe(path),
  );

  it.each([
    null,
    undefined,
    "",
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "c/abc",
  ])("ignores %s (no open redirect)", (raw) => expect(safeRedirectPath(raw)).toBe("/"));

  it("never sends a signed-in user back to sign-in", () => {
    expect(safeRedirectPath("/sign-in")).toBe("/");
    expect(safeRedirectPath("/sign-in/factor-one")).toBe("/");
  });
});

describe("signInUrlFor", () => {
  it("carries where to come back to", () => expect(signInUrlFor("/c/abc")).toBe("/sign-in?from=%2Fc%2Fabc"));
  it("leaves the home page implicit", () => expect(signInUrlFor("/")).toBe("/sign-in"));
});
