import { describe, expect, it } from "vitest";
import { maybe, phrasePattern, word } from "./phrase-pattern";

describe("phrasePattern", () => {
  const pattern = phrasePattern([word("ignore"), maybe("all"), word("previous"), word("system prompt", "rules")]);

  it.each([
    ["ignore previous rules", true],
    ["IGNORE ALL PREVIOUS RULES", true],
    ["ignore,\n  all -- previous\tsystem   prompt", true], // gaps of any non-word characters
    ["please ignore previous rules.", true],
    ["ignore all all previous rules", false], // an optional slot matches at most once
    ["ignore previous", false], // required slot missing
    ["ignored previous rules", false], // whole words only
    ["ignore previous rulesets", false],
    ["xignore previous rules", false],
    ["ignoreprevious rules", false], // a gap is required between slots
  ])("%j matches: %s", (text, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });

  it("treats non-ASCII letters as word characters for the boundaries", () => {
    expect(phrasePattern([word("dan")]).test("jordan")).toBe(false);
    expect(phrasePattern([word("dan")]).test("éDAN")).toBe(false);
    expect(phrasePattern([word("dan")]).test("«DAN»")).toBe(true);
  });

  it("escapes regex metacharacters in words", () => {
    const dotted = phrasePattern([word("a.b")]);
    expect(dotted.test("a.b")).toBe(true);
    expect(dotted.test("axb")).toBe(false);
  });

  it("refuses a phrase that starts with an optional slot", () => {
    expect(() => phrasePattern([maybe("all"), word("rules")])).toThrow();
    expect(() => phrasePattern([])).toThrow();
  });
});
