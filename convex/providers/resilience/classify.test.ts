import { describe, expect, it } from "vitest";
import { classify } from "./classify";

describe("classify by HTTP status", () => {
  it.each([
    [408, "timeout"],
    [429, "rate_limited"],
    [500, "server"],
    [502, "server"],
    [503, "server"],
    [504, "server"],
  ])("%i is transient (%s): retry, then fail over, counts for the breaker", (status, errorClass) => {
    expect(classify({ status })).toEqual({
      errorClass,
      status,
      retryable: true,
      failover: true,
      markKeyBad: false,
      breakerFailure: true,
    });
  });

  it.each([401, 403])("%i is an auth failure: mark the key bad, no retry, fail over once keys run out", (status) => {
    const result = classify({ status });
    expect(result).toMatchObject({ errorClass: "auth", retryable: false, failover: true, markKeyBad: true });
    expect(result.breakerFailure).toBe(false);
  });

  it.each([400, 422])("%i is the request's fault: no retry, no failover", (status) => {
    expect(classify({ status })).toMatchObject({
      errorClass: "bad_request",
      retryable: false,
      failover: false,
      breakerFailure: false,
    });
  });

  it.each([
    [404, "not_found"],
    [402, "client"],
    [409, "client"],
    [413, "client"],
    [418, "client"],
  ])("%i is never retried but may succeed elsewhere (%s)", (status, errorClass) => {
    expect(classify({ status })).toMatchObject({ errorClass, retryable: false, failover: true, markKeyBad: false });
  });

  it.each([501, 505, 599])("%i is a provider fault that a retry will not fix", (status) => {
    expect(classify({ status })).toMatchObject({
      errorClass: "server",
      retryable: false,
      failover: true,
      breakerFailure: true,
    });
  });

  it("never retries any 4xx except 408 and 429", () => {
    for (let status = 400; status < 500; status++) {
      expect(classify({ status }).retryable).toBe(status === 408 || status === 429);
    }
  });

  it("treats missing, non-integer or non-error statuses as unknown", () => {
    for (const input of [{}, { status: 200 }, { status: 302 }, { status: 500.5 }]) {
      expect(classify(input)).toMatchObject({ errorClass: "unknown", retryable: false, failover: true });
    }
  });
});

describe("classify by failure kind", () => {
  it.each(["network", "timeout"] as const)("%s is transient", (kind) => {
    expect(classify({ kind })).toMatchObject({
      errorClass: kind,
      retryable: true,
      failover: true,
      breakerFailure: true,
    });
  });

  it.each(["first_token_timeout", "stream_dropped", "malformed_chunk"] as const)(
    "%s fails over without retrying",
    (kind) => {
      expect(classify({ kind })).toMatchObject({
        errorClass: kind,
        retryable: false,
        failover: true,
        breakerFailure: true,
      });
    },
  );

  it("aborted stops everything and is not the provider's fault", () => {
    expect(classify({ kind: "aborted" })).toEqual({
      errorClass: "aborted",
      retryable: false,
      failover: false,
      markKeyBad: false,
      breakerFailure: false,
    });
  });

  it("lets the kind win over the status but keeps the status", () => {
    expect(classify({ status: 200, kind: "stream_dropped" })).toMatchObject({
      errorClass: "stream_dropped",
      status: 200,
    });
    expect(classify({ status: 503, kind: "aborted" })).toMatchObject({ errorClass: "aborted", retryable: false });
  });
});
