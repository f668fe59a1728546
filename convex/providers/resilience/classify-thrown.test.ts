// The SDKs are imported HERE ONLY, to prove the duck-typing in
// classify-thrown.ts matches the classes they really throw.
import * as groq from "groq-sdk";
import * as openai from "openai";
import { describe, expect, it } from "vitest";
import { classifyThrown } from "./classify-thrown";
import { StreamError } from "./stream-error";

describe.each([
  ["groq-sdk", groq],
  ["openai", openai],
] as const)("classifyThrown with %s errors", (_sdk, sdk) => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it("maps a RateLimitError to rate_limited and surfaces Retry-After", () => {
    const err = new sdk.RateLimitError(429, { message: "slow down" }, undefined, headers({ "Retry-After": "7" }));
    expect(classifyThrown(err)).toMatchObject({
      errorClass: "rate_limited",
      status: 429,
      retryable: true,
      retryAfterHeader: "7",
    });
  });

  it("leaves retryAfterHeader out when the response had none", () => {
    const err = new sdk.InternalServerError(503, undefined, undefined, headers({}));
    const result = classifyThrown(err);
    expect(result).toMatchObject({ errorClass: "server", status: 503, retryable: true });
    expect(result).not.toHaveProperty("retryAfterHeader");
  });

  it.each([
    [401, "auth"],
    [403, "auth"],
    [400, "bad_request"],
    [404, "not_found"],
  ])("uses the HTTP status of APIError.generate(%i)", (status, errorClass) => {
    const err = sdk.APIError.generate(status, { message: "x" }, undefined, headers({}));
    expect(classifyThrown(err)).toMatchObject({ errorClass, status });
  });

  it("recognises connection, timeout and abort errors despite their undefined status", () => {
    expect(classifyThrown(new sdk.APIConnectionError({ cause: new Error("ECONNREFUSED") }))).toMatchObject({
      errorClass: "network",
      retryable: true,
    });
    expect(classifyThrown(new sdk.APIConnectionTimeoutError())).toMatchObject({
      errorClass: "timeout",
      retryable: true,
    });
    expect(classifyThrown(new sdk.APIUserAbortError())).toMatchObject({ errorClass: "aborted", failover: false });
  });

  it("treats a status-less APIError (mid-stream `error` event) as a dropped stream", () => {
    const err = new sdk.APIError(undefined, { code: 502, message: "upstream died" }, undefined, headers({}));
    expect(classifyThrown(err)).toMatchObject({ errorClass: "stream_dropped", retryable: false, failover: true });
  });
});

describe("classifyThrown with our own and platform errors", () => {
  it.each(["stream_dropped", "malformed_chunk", "first_token_timeout"] as const)(
    "maps StreamError(%s) to its kind",
    (kind) => {
      expect(classifyThrown(new StreamError(kind))).toMatchObject({ errorClass: kind, failover: true });
    },
  );

  it("maps fetch's AbortError and AbortSignal.timeout's TimeoutError", () => {
    expect(classifyThrown(new DOMException("aborted", "AbortError"))).toMatchObject({ errorClass: "aborted" });
    expect(classifyThrown(new DOMException("timed out", "TimeoutError"))).toMatchObject({ errorClass: "timeout" });
  });

  it("maps the SDK stream reader's JSON SyntaxError to malformed_chunk", () => {
    let thrown: unknown;
    try {
      JSON.parse("{not json");
    } catch (err) {
      thrown = err;
    }
    expect(classifyThrown(thrown)).toMatchObject({ errorClass: "malformed_chunk" });
  });

  it("maps a body that died mid-read to stream_dropped, but not every TypeError", () => {
    expect(classifyThrown(new TypeError("terminated"))).toMatchObject({ errorClass: "stream_dropped" });
    expect(classifyThrown(new TypeError("x is not a function"))).toMatchObject({ errorClass: "unknown" });
  });

  it("falls back to the SDK default messages when class names were minified", () => {
    const minified = (message: string) => Object.assign(new Error(message), { status: undefined, headers: undefined });
    expect(classifyThrown(minified("Request timed out."))).toMatchObject({ errorClass: "timeout" });
    expect(classifyThrown(minified("Connection error."))).toMatchObject({ errorClass: "network" });
    expect(classifyThrown(minified("Request was aborted."))).toMatchObject({ errorClass: "aborted" });
  });

  it("reads status and Retry-After from plain look-alike objects", () => {
    const plain = { status: 429, headers: { "retry-after": "3" }, message: "x" };
    expect(classifyThrown(plain)).toMatchObject({ errorClass: "rate_limited", retryAfterHeader: "3" });
  });

  it("looks through `cause` for wrapped errors, with a depth limit", () => {
    const wrapped = new Error("generation failed", {
      cause: new groq.AuthenticationError(401, undefined, undefined, new Headers()),
    });
    expect(classifyThrown(wrapped)).toMatchObject({ errorClass: "auth", markKeyBad: true });
    let deep: unknown = new groq.RateLimitError(429, undefined, undefined, new Headers());
    for (let i = 0; i < 4; i++) deep = new Error(`layer ${i}`, { cause: deep });
    expect(classifyThrown(deep)).toMatchObject({ errorClass: "unknown" });
  });

  it.each([undefined, null, "boom", 42, new Error("boom"), {}])("classifies %j as unknown", (value) => {
    expect(classifyThrown(value)).toMatchObject({ errorClass: "unknown", retryable: false });
  });
});
