import { describe, expect, it } from "vitest";
import { appErrorOf } from "./app-error-of";

describe("appErrorOf", () => {
  it("passes AppErrorData through, bare or wrapped as ConvexError-style .data", () => {
    const data = { code: "rate_limited", retryAfterMs: 5_000, limit: 5 } as const;
    expect(appErrorOf(data)).toEqual(data);
    const convexLike = Object.assign(new Error("ConvexError"), { data });
    expect(appErrorOf(convexLike)).toEqual(data);
  });

  it("maps convex-helpers' RateLimited payload to rate_limited with resetsAt", () => {
    const error = Object.assign(new Error("x"), { data: { kind: "RateLimited", name: "chat", retryAt: 1_000 } });
    expect(appErrorOf(error)).toEqual({ code: "rate_limited", resetsAt: 1_000 });
  });

  it.each<[string, unknown]>([
    ["plain Error", new Error("connection reset at 10.0.0.3")],
    ["string", "boom"],
    ["undefined", undefined],
    ["data with unknown code", { data: { code: "teapot" } }],
    ["RateLimited without retryAt", { data: { kind: "RateLimited" } }],
  ])("%s becomes internal, dropping its text", (_label, error) => {
    expect(appErrorOf(error)).toEqual({ code: "internal" });
  });
});
