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
    expect(family).toMatchObject({
      type: "counter",
      samples: [
        { labels: { provider: "openrouter" }, value: 3 },
        { labels: { provider: "groq" }, value: 0 },
      ],
    });
  });
});

describe("the server cache's families", () => {
  it("answered replies per tier, embeddings spent and the pool's size", () => {
    const families = metricFamilies({
      totals: [
        {
          provider: "groq",
          model: "a",
          counters: { ...emptyCounters(), tierExact: 2, tierFresh: 5, embeddingMicros: 3 },
        },
        {
          provider: "openrouter",
          model: "b",
          counters: { ...emptyCounters(), tierExact: 1, tierPool: 4, embeddingMicros: 1 },
        },
      ],
      limitHits: [],
      providers: [],
      poolSize: 120,
    });
    const samples = (name: string) => families.find((f) => f.name === name)!;
    const tiers = samples("chat_replies_by_tier_total");
    expect("samples" in tiers && tiers.samples.map((s) => [s.labels.tier, s.value])).toEqual([
      ["browser", 0],
      ["exact", 3],
      ["semantic", 0],
      ["fresh", 5],
      ["pool", 4],
      ["relaxed", 0],
    ]);
    expect(samples("chat_cache_embedding_cost_micros_total")).toMatchObject({
      type: "counter",
      samples: [{ value: 4 }],
    });
    expect(samples("chat_cache_pool_size")).toMatchObject({ type: "gauge", samples: [{ value: 120 }] });
  });
});
