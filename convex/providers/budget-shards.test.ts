import { afterEach, describe, expect, it, vi } from "vitest";
import { internal } from "../_generated/api";
import { newBackend } from "../test.setup";
import { budgetShardCount, inFlightOf } from "./state";

// The provider budget, key use and calls in flight are split over shards so
// that concurrent calls do not all write one document (state.ts). Attacks:
// many calls racing through different shards must still not pass the
// provider's requests-per-minute budget or a key's daily quota, and a key
// rejected through one shard must be skipped by all.

const NOW = Date.UTC(2026, 10, 22, 12, 0, 5);
const KEYS = ["groq-a", "groq-b"];

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("budget shards", () => {
  it("does not split a small budget, and splits a large one into shares that add up to it", () => {
    expect(budgetShardCount(30)).toBe(1);
    expect(budgetShardCount(3_000)).toBe(15);
    expect(budgetShardCount(10_000_000)).toBe(256);
  });

  it("admits at most the provider's budget in a minute however the calls spread over the shards", async () => {
    vi.stubEnv("LLM_GROQ_RPM", "600"); // 3 shards of 200
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW);
    const t = newBackend();
    const decisions = await Promise.all(
      Array.from({ length: 1_000 }, () =>
        t.mutation(internal.providers.gate.admit, { provider: "groq", keyIds: KEYS }),
      ),
    );
    const admitted = decisions.filter((d) => "keyId" in d).length;
    expect(admitted).toBeLessThanOrEqual(600);
    expect(admitted).toBeGreaterThan(560); // random shards fill unevenly near the limit: a few calls wait for the next window
    expect(
      decisions.filter((d) => "unavailable" in d).every((d) => "unavailable" in d && d.unavailable === "budget_full"),
    ).toBe(true);
    const shards = await t.run((ctx) => ctx.db.query("providerShards").collect());
    expect(shards.map((s) => s.shard).sort()).toEqual([0, 1, 2]);
    expect(shards.every((s) => (s.budgetWindow?.count ?? 0) <= 200)).toBe(true);
  }, 30_000);

  it("counts calls in flight across shards: every admitted call's report takes one off", async () => {
    vi.stubEnv("LLM_GROQ_RPM", "3000");
    const t = newBackend();
    const admitted = await Promise.all(
      Array.from({ length: 40 }, () => t.mutation(internal.providers.gate.admit, { provider: "groq", keyIds: KEYS })),
    );
    expect(await t.run((ctx) => inFlightOf(ctx, "groq"))).toBe(40);
    await Promise.all(
      admitted.map((d) =>
        t.mutation(internal.providers.gate.report, {
          provider: "groq",
          keyId: "keyId" in d ? (d.keyId ?? "") : "",
          ok: true,
        }),
      ),
    );
    expect(await t.run((ctx) => inFlightOf(ctx, "groq"))).toBe(0);
    // A healthy provider's breaker row is not rewritten by every call.
    const state = await t.run((ctx) => ctx.db.query("providerState").collect());
    expect(state).toHaveLength(1);
  });

  it("skips a key rejected through one shard in every shard, and keeps each key within its daily quota", async () => {
    vi.stubEnv("LLM_GROQ_RPM", "3000"); // 10 shards
    vi.stubEnv("LLM_GROQ_DAILY_QUOTA", "40"); // 4 per key per shard
    const t = newBackend();
    const first = await t.mutation(internal.providers.gate.admit, { provider: "groq", keyIds: KEYS });
    expect("keyId" in first && first.keyId).toBeTruthy();
    await t.mutation(internal.providers.gate.report, {
      provider: "groq",
      keyId: "groq-a",
      ok: false,
      markKeyBad: true,
    });
    const after = await Promise.all(
      Array.from({ length: 100 }, () => t.mutation(internal.providers.gate.admit, { provider: "groq", keyIds: KEYS })),
    );
    const keys = after.flatMap((d) => ("keyId" in d ? [d.keyId] : []));
    expect(keys).not.toContain("groq-a");
    expect(keys.length).toBeLessThanOrEqual(40); // groq-b's quota, whichever shards its uses went through
  });
});
