import { describe, expect, it } from "vitest";
import { moneyFigures } from "./money-figures";

describe("moneyFigures", () => {
  it("rounds to cents against a dollar cap, exact amounts in the tooltip", () => {
    const figures = moneyFigures(309, 1_200, 1_000_000);
    expect(figures).toMatchObject({ spent: "< $0.01", held: "< $0.01", cap: "$1.00" });
    expect(figures.exact).toContain("$0.000309");
    expect(figures.exact).toContain("$0.0012");
  });

  it("keeps two significant digits when the cap itself is under a cent", () => {
    expect(moneyFigures(13, 0, 100)).toMatchObject({ spent: "$0.000013", held: "$0.00", cap: "$0.0001" });
  });
});
