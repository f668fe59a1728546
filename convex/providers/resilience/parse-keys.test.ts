import { describe, expect, it } from "vitest";
import { parseKeys } from "./parse-keys";

describe("parseKeys", () => {
  it("splits, trims, drops empties and dedupes in order", () => {
    expect(parseKeys(" gsk_a, gsk_b ,,gsk_a,\n gsk_c ")).toEqual(["gsk_a", "gsk_b", "gsk_c"]);
  });

  it("prefers the list over the single key", () => {
    expect(parseKeys("gsk_a,gsk_b", "gsk_single")).toEqual(["gsk_a", "gsk_b"]);
  });

  it("falls back to the single key when the list is unset or empty", () => {
    expect(parseKeys(undefined, " gsk_single ")).toEqual(["gsk_single"]);
    expect(parseKeys(" , ", "gsk_single")).toEqual(["gsk_single"]);
  });

  it("returns no keys when nothing is configured", () => {
    expect(parseKeys()).toEqual([]);
    expect(parseKeys("", "  ")).toEqual([]);
  });
});
