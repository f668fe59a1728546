import { describe, expect, it } from "vitest";
import { editRefusal, isSelectable, regenerateRefusal, versionPosition } from "./versions-rules";

describe("versionPosition", () => {
  it("is 1-based with both neighbours in the middle", () => {
    expect(versionPosition(["a", "b", "c"], "b")).toEqual({ index: 2, count: 3, previousId: "a", nextId: "c" });
  });
  it("has no previous on the first version and no next on the last", () => {
    expect(versionPosition(["a", "b"], "a")).toEqual({ index: 1, count: 2, previousId: undefined, nextId: "b" });
    expect(versionPosition(["a", "b"], "b")).toEqual({ index: 2, count: 2, previousId: "a", nextId: undefined });
  });
  it("is null for a single version or an id that is not among them", () => {
    expect(versionPosition(["a"], "a")).toBeNull();
    expect(versionPosition(["a", "b"], "z")).toBeNull();
  });
});

describe("what may get a new version", () => {
  const shown = { hiddenBranch: undefined };
  it("edits only a user message on the shown branch", () => {
    expect(editRefusal({ role: "user", status: "done", ...shown })).toBeNull();
    expect(editRefusal({ role: "assistant", status: "done", ...shown })).toMatch(/own messages/);
    expect(editRefusal({ role: "user", status: "done", hiddenBranch: "x" })).toMatch(/Show this version/);
  });
  it("regenerates only a finished reply on the shown branch", () => {
    for (const status of ["done", "failed", "stopped"])
      expect(regenerateRefusal({ role: "assistant", status, ...shown })).toBeNull();
    for (const status of ["pending", "streaming"])
      expect(regenerateRefusal({ role: "assistant", status, ...shown })).toMatch(/still being written/);
    expect(regenerateRefusal({ role: "user", status: "done", ...shown })).toMatch(/Only a reply/);
    expect(regenerateRefusal({ role: "assistant", status: "done", hiddenBranch: "x" })).toMatch(/Show this version/);
  });
  it("shows only a version that heads its own hidden branch", () => {
    expect(isSelectable({ _id: "a", hiddenBranch: "a" })).toBe(true);
    expect(isSelectable({ _id: "a", hiddenBranch: undefined })).toBe(false); // already shown
    expect(isSelectable({ _id: "a", hiddenBranch: "b" })).toBe(false); // hidden with an earlier message
  });
});
