import { describe, expect, it } from "vitest";
import { councilLetters, responseLabel } from "./council-labels";

describe("council labels never run out", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("index %i → %s", (index, letters) => {
    expect(councilLetters(index)).toBe(letters);
  });

  it("gives 2,000 members 2,000 distinct labels", () => {
    const labels = Array.from({ length: 2000 }, (_, i) => responseLabel(i));
    expect(new Set(labels).size).toBe(2000);
    expect(labels[0]).toBe("Response A");
  });

  it.each([-1, 1.5, Number.NaN])("refuses index %s", (index) => {
    expect(() => councilLetters(index)).toThrow(RangeError);
  });
});
