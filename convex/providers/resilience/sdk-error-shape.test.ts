import * as groq from "groq-sdk";
import { describe, expect, it } from "vitest";
import { readErrorShape } from "./sdk-error-shape";

describe("readErrorShape", () => {
  it("collects constructor names up the prototype chain, since the SDKs leave .name as 'Error'", () => {
    const shape = readErrorShape(new groq.APIConnectionTimeoutError());
    expect(shape.names).toEqual([
      "Error",
      "APIConnectionTimeoutError",
      "APIConnectionError",
      "APIError",
      "GroqError",
      "Error",
    ]);
    expect(shape.message).toBe("Request timed out.");
    expect(shape.hasStatusKey).toBe(true);
    expect(shape).not.toHaveProperty("status");
  });

  it("reads status and Retry-After from a fetch Headers object case-insensitively", () => {
    const err = new groq.RateLimitError(429, undefined, undefined, new Headers({ "RETRY-AFTER": "12" }));
    expect(readErrorShape(err)).toMatchObject({ status: 429, retryAfterHeader: "12" });
  });

  it("reads Retry-After from a plain header record", () => {
    expect(readErrorShape({ status: 503, headers: { "Retry-After": "5" } })).toMatchObject({
      status: 503,
      retryAfterHeader: "5",
    });
    expect(readErrorShape({ status: 503, headers: { "retry-after": 5 } })).not.toHaveProperty("retryAfterHeader");
  });

  it("ignores a non-numeric status and reports a cause", () => {
    const cause = new Error("inner");
    const shape = readErrorShape(Object.assign(new Error("outer", { cause }), { status: "429" }));
    expect(shape).not.toHaveProperty("status");
    expect(shape.hasStatusKey).toBe(true);
    expect(shape.cause).toBe(cause);
  });

  it("copes with objects that are not errors at all", () => {
    expect(readErrorShape({})).toEqual({ names: [], message: "", hasStatusKey: false });
    expect(readErrorShape(Object.create(null) as object).names).toEqual([]);
  });
});
