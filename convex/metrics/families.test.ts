import { describe, expect, it } from "vitest";
import { metricFamilies } from "./families";
import { emptyCounters } from "./rollup";

describe("chat_failovers_total", () => {
  it("sums failovers per provider tried last, across models", () => {
    const counters = (failovers: number) => ({ ...emptyCounters(), failovers });
    const families = metricFamilies({
      totals: [
        { provider: "openrouter", model: "a", counters: counters(2) },
        { provider: "openrouter", model: "b", counters: counters(1) },
        { provider: "groq", model: "c", counters: counters(0) },
      ],
      limitHits: [],
      providers: [],
    });
    const family = families.find((f) => f.name === "chat_failovers_total");
    expect(family).toMatchObject({ type: "counter", samples: [{ labels: { provider: "openrouter" }, value: 3 }, { labels: { provider: "groq" }, value: 0 }] });
  });
});
