import { describe, expect, it } from "vitest";
import { isStreamErrorLike, StreamError } from "./stream-error";

describe("StreamError", () => {
  it("is an Error carrying its kind, a default message and an optional cause", () => {
    const cause = new TypeError("terminated");
    const err = new StreamError("stream_dropped", undefined, { cause });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("StreamError");
    expect(err.kind).toBe("stream_dropped");
    expect(err.message).toContain("stream_dropped");
    expect(err.cause).toBe(cause);
    expect(new StreamError("malformed_chunk", "bad json").message).toBe("bad json");
  });
});

describe("isStreamErrorLike", () => {
  it("recognises real instances and plain look-alikes", () => {
    expect(isStreamErrorLike(new StreamError("first_token_timeout"))).toBe(true);
    expect(isStreamErrorLike({ name: "StreamError", kind: "malformed_chunk" })).toBe(true);
  });

  it("rejects anything else", () => {
    expect(isStreamErrorLike(new Error("x"))).toBe(false);
    expect(isStreamErrorLike({ name: "StreamError", kind: "network" })).toBe(false);
    expect(isStreamErrorLike({ kind: "stream_dropped" })).toBe(false);
    expect(isStreamErrorLike(null)).toBe(false);
    expect(isStreamErrorLike("StreamError")).toBe(false);
  });
});
