import { describe, expect, it } from "vitest";
import { isMissingDocument } from "./is-missing-document";

describe("isMissingDocument", () => {
  it("is true for not_found, however it arrives", () => {
    expect(isMissingDocument(Object.assign(new Error("x"), { data: { code: "not_found" } }))).toBe(true);
    expect(isMissingDocument({ code: "not_found" })).toBe(true);
  });

  it("is true for an id the server's validator rejects (a mangled URL)", () => {
    expect(
      isMissingDocument(
        new Error('[CONVEX Q(chat/conversations:get)] Validator error: Expected ID for table "conversations"'),
      ),
    ).toBe(true);
  });

  it("is false for other failures", () => {
    expect(isMissingDocument(Object.assign(new Error("x"), { data: { code: "internal" } }))).toBe(false);
    expect(isMissingDocument(new Error("network down"))).toBe(false);
  });
});
