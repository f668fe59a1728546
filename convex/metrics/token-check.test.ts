import { describe, expect, it } from "vitest";
import { bearerToken, constantTimeEqual, metricsAccess } from "./token-check";

describe("constantTimeEqual", () => {
  it("is true only for identical strings", () => {
    expect(constantTimeEqual("s3cret-token", "s3cret-token")).toBe(true);
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("s3cret-token", "s3cret-tokem")).toBe(false);
    expect(constantTimeEqual("s3cret-token", "X3cret-token")).toBe(false);
  });

  it("handles different lengths, including prefixes and the empty string", () => {
    expect(constantTimeEqual("abc", "abcd")).toBe(false);
    expect(constantTimeEqual("abcd", "abc")).toBe(false);
    expect(constantTimeEqual("", "a")).toBe(false);
    // Zero bytes must not pass for missing ones.
    expect(constantTimeEqual("abc", "abc\u0000")).toBe(false);
  });

  it("compares characters beyond ASCII by their bytes", () => {
    expect(constantTimeEqual("clé", "clé")).toBe(true);
    expect(constantTimeEqual("clé", "cle")).toBe(false);
  });
});

describe("bearerToken and metricsAccess", () => {
  it("reads the token of a Bearer header only", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer abc")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer ")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it("is disabled without a configured token, and allows only the exact token", () => {
    expect(metricsAccess("Bearer x", undefined)).toBe("disabled");
    expect(metricsAccess("Bearer x", "")).toBe("disabled");
    expect(metricsAccess(null, "tok")).toBe("denied");
    expect(metricsAccess("Bearer to", "tok")).toBe("denied");
    expect(metricsAccess("Bearer tok", "tok")).toBe("allowed");
  });
});
