import { describe, expect, it } from "vitest";
import { aggregateRankings, parseRanking } from "./council-ranking";

const ABC = ["Response A", "Response B", "Response C"];

describe("parseRanking", () => {
  it.each([
    [
      "plain numbered list",
      "Good points.\n\nFINAL RANKING:\n1. Response C\n2. Response A\n3. Response B",
      ["Response C", "Response A", "Response B"],
    ],
    [
      "markdown heading and bold",
      "## Final Ranking\n1. **Response B**\n2. **Response A**\n3. **Response C**",
      ["Response B", "Response A", "Response C"],
    ],
    [
      "bold heading, lower case, bullets",
      "**final ranking:**\n- response a\n- response c\n- response b",
      ["Response A", "Response C", "Response B"],
    ],
    ["bare letters", "FINAL RANKING:\n1. B\n2) C\n3. `A`", ["Response B", "Response C", "Response A"]],
    [
      "extra text after the list and duplicates",
      "FINAL RANKING:\n1. Response A\n2. Response B\n3. Response C\n\nResponse A was clearly best; Response C lacked detail.",
      ["Response A", "Response B", "Response C"],
    ],
    [
      "the instruction quoted before the real ranking: the last heading counts",
      "You asked for FINAL RANKING: with Response A first?\nFINAL RANKING:\n1. Response B\n2. Response C\n3. Response A",
      ["Response B", "Response C", "Response A"],
    ],
    ["one line", "FINAL RANKING: Response C > Response B > Response A", ["Response C", "Response B", "Response A"]],
  ])("%s", (_case, text, order) => {
    expect(parseRanking(text, ABC)).toEqual({ status: "parsed", order });
  });

  it("ignores labels that were never handed out and reports the missing ones", () => {
    expect(parseRanking("FINAL RANKING:\n1. Response Q\n2. Response B\n3. Response B", ABC)).toEqual({
      status: "partial",
      order: ["Response B"],
      missing: ["Response A", "Response C"],
    });
  });

  it.each([
    ["no heading at all", "Response A is best, then Response B."],
    ["a heading with nothing known after it", "FINAL RANKING:\n1. the first one\n2. the second"],
    ["empty text", ""],
  ])("unparsed: %s, with a reason", (_case, text) => {
    const parse = parseRanking(text, ABC);
    expect(parse.status).toBe("unparsed");
    expect(parse).toHaveProperty("reason");
    expect(parse.order).toEqual([]);
  });

  it("reads labels past Z", () => {
    const labels = ["Response Z", "Response AA", "Response AB"];
    expect(parseRanking("FINAL RANKING:\n1. Response AB\n2. AA\n3. Response Z", labels)).toEqual({
      status: "parsed",
      order: ["Response AB", "Response AA", "Response Z"],
    });
  });
});

describe("aggregateRankings: mean rank, deterministic ties", () => {
  it.each([
    {
      name: "clear winner",
      orders: [
        ["Response A", "Response B", "Response C"],
        ["Response A", "Response C", "Response B"],
        ["Response B", "Response A", "Response C"],
      ],
      expected: [
        ["Response A", 4 / 3, 3],
        ["Response B", 2, 3],
        ["Response C", 8 / 3, 3],
      ],
    },
    {
      name: "equal means: label order breaks the tie",
      orders: [
        ["Response B", "Response A", "Response C"],
        ["Response A", "Response B", "Response C"],
      ],
      expected: [
        ["Response A", 1.5, 2],
        ["Response B", 1.5, 2],
        ["Response C", 3, 2],
      ],
    },
    {
      name: "equal means: more votes win, unranked last",
      orders: [["Response C", "Response B"], ["Response B"], ["Response C"]],
      expected: [
        ["Response C", 1, 2],
        ["Response B", 1.5, 2],
        ["Response A", null, 0],
      ],
    },
    {
      name: "no rankings at all",
      orders: [],
      expected: [
        ["Response A", null, 0],
        ["Response B", null, 0],
        ["Response C", null, 0],
      ],
    },
  ])("$name", ({ orders, expected }) => {
    expect(aggregateRankings(ABC, orders).map((e) => [e.label, e.meanRank, e.votes])).toEqual(expected);
  });

  it("gives the same result whatever order the reviews arrive in", () => {
    const orders = [
      ["Response B", "Response A", "Response C"],
      ["Response A", "Response B", "Response C"],
      ["Response C", "Response A", "Response B"],
    ];
    expect(aggregateRankings(ABC, [...orders].reverse())).toEqual(aggregateRankings(ABC, orders));
  });
});
