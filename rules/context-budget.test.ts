import { describe, expect, it } from "vitest";
import { type ContextTurn, PROMPT_FRAME_TOKENS, selectContext, TURN_OVERHEAD_TOKENS } from "./context-budget";

// One "token" per character keeps the arithmetic visible.
const chars = (text: string) => text.length;
const system: ContextTurn = { role: "system", content: "sys" }; // 3
const turn = (role: "user" | "assistant", content: string): ContextTurn => ({ role, content });
const fixed = PROMPT_FRAME_TOKENS + 3 + TURN_OVERHEAD_TOKENS; // frame + system
const cost = (content: string) => content.length + TURN_OVERHEAD_TOKENS;

describe("selectContext", () => {
  const history = [
    turn("user", "newest?"),
    turn("assistant", "a".repeat(50)),
    turn("user", "u".repeat(30)),
    turn("assistant", "oldest"),
  ];

  it.each<[string, number, string[]]>([
    ["everything fits", 1_000, ["sys", "oldest", "u".repeat(30), "a".repeat(50), "newest?"]],
    [
      "the oldest is dropped first",
      fixed + cost("newest?") + cost("a".repeat(50)) + cost("u".repeat(30)),
      ["sys", "u".repeat(30), "a".repeat(50), "newest?"],
    ],
    [
      "a turn that does not fit ends the history, even if an older one would",
      fixed + cost("newest?") + cost("a".repeat(50)) + cost("oldest"),
      ["sys", "a".repeat(50), "newest?"],
    ],
    ["only the newest message fits", fixed + cost("newest?"), ["sys", "newest?"]],
  ])("%s", (_name, budget, expected) => {
    const selection = selectContext(system, history, budget, chars);
    expect(selection.ok && selection.turns.map((t) => t.content)).toEqual(expected);
    // The count is exactly what is sent.
    expect(selection.ok && selection.tokens).toBe(PROMPT_FRAME_TOKENS + expected.reduce((sum, c) => sum + cost(c), 0));
    expect(selection.ok && selection.tokens).toBeLessThanOrEqual(budget);
  });

  it("refuses when the newest message alone does not fit, saying how many tokens it would take", () => {
    const budget = fixed + cost("newest?") - 1;
    expect(selectContext(system, history, budget, chars)).toEqual({ ok: false, tokens: budget + 1, budget });
  });

  it("never cuts a turn: an emoji-heavy turn is kept whole or dropped whole", () => {
    const emoji = turn("assistant", "😀".repeat(10));
    const selection = selectContext(
      system,
      [turn("user", "q"), emoji],
      fixed + cost("q") + cost(emoji.content) - 1,
      chars,
    );
    expect(selection.ok && selection.turns.map((t) => t.content)).toEqual(["sys", "q"]);
  });

  it("stops counting at the first turn that does not fit", () => {
    const counted: string[] = [];
    const spy = (text: string) => (counted.push(text), text.length);
    selectContext(
      system,
      [turn("user", "q"), turn("assistant", "x".repeat(100)), turn("user", "never counted")],
      fixed + 10,
      spy,
    );
    expect(counted).toEqual(["sys", "q", "x".repeat(100)]);
  });
});
