import { describe, expect, it } from "vitest";
import { createResponseCache } from "./response-cache.ts";

function fakeClock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

function filled(count: number, options: Parameters<typeof createResponseCache>[0] = {}) {
  const cache = createResponseCache<string>(options);
  for (let i = 0; i < count; i++) cache.set(`k${i}`, `v${i}`);
  return cache;
}

describe("response cache LRU", () => {
  it("keeps up to 100 entries by default", () => {
    const cache = filled(100);
    expect(cache.size()).toBe(100);
    expect(cache.get("k0")).toBe("v0");
    expect(cache.get("k99")).toBe("v99");
  });

  it("the 101st entry evicts the least recently used", () => {
    const cache = filled(101);
    expect(cache.size()).toBe(100);
    expect(cache.get("k0")).toBeUndefined();
    expect(cache.get("k1")).toBe("v1");
    expect(cache.get("k100")).toBe("v100");
  });

  it("get refreshes recency", () => {
    const cache = filled(100);
    expect(cache.get("k0")).toBe("v0");
    cache.set("new", "value");
    expect(cache.get("k0")).toBe("v0");
    expect(cache.get("k1")).toBeUndefined();
  });

  it("set on an existing key refreshes recency and replaces the value", () => {
    const cache = filled(3, { maxEntries: 3 });
    cache.set("k0", "v0'");
    cache.set("k3", "v3");
    expect(cache.get("k1")).toBeUndefined();
    expect(cache.get("k0")).toBe("v0'");
  });

  it("evicts in least-recently-used order", () => {
    const cache = filled(3, { maxEntries: 3 });
    cache.get("k1");
    cache.get("k0"); // recency now, oldest first: k2, k1, k0
    // Probe only the entry expected gone: a miss doesn't change recency.
    cache.set("a", "a");
    expect(cache.get("k2")).toBeUndefined();
    cache.set("b", "b");
    expect(cache.get("k1")).toBeUndefined();
    cache.set("c", "c");
    expect(cache.get("k0")).toBeUndefined();
    expect(cache.size()).toBe(3);
  });

  it("delete removes an entry", () => {
    const cache = filled(2);
    expect(cache.delete("k0")).toBe(true);
    expect(cache.delete("k0")).toBe(false);
    expect(cache.get("k0")).toBeUndefined();
    expect(cache.size()).toBe(1);
  });

  it.each([0, -1, 1.5])("rejects maxEntries %s", (maxEntries) => {
    expect(() => createResponseCache({ maxEntries })).toThrow(RangeError);
  });
});

describe("response cache TTL", () => {
  it.each<[string, number, string | undefined]>([
    ["just before 5 minutes", 299_999, "reply"],
    ["exactly at 5 minutes", 300_000, undefined],
    ["after 5 minutes", 300_001, undefined],
  ])("an entry read %s", (_name, elapsed, expected) => {
    const clock = fakeClock();
    const cache = createResponseCache<string>({ now: clock.now });
    cache.set("key", "reply");
    clock.advance(elapsed);
    expect(cache.get("key")).toBe(expected);
  });

  it("reading does not extend the lifetime", () => {
    const clock = fakeClock();
    const cache = createResponseCache<string>({ ttlMs: 1_000, now: clock.now });
    cache.set("key", "reply");
    clock.advance(999);
    expect(cache.get("key")).toBe("reply");
    clock.advance(1);
    expect(cache.get("key")).toBeUndefined();
  });

  it("expired entries are removed and not counted", () => {
    const clock = fakeClock();
    const cache = createResponseCache<string>({ ttlMs: 1_000, now: clock.now });
    cache.set("old", "1");
    clock.advance(500);
    cache.set("young", "2");
    clock.advance(500);
    expect(cache.size()).toBe(1);
    expect(cache.get("young")).toBe("2");
  });

  it("drops expired entries before evicting a live one when full", () => {
    const clock = fakeClock();
    const cache = createResponseCache<string>({ maxEntries: 2, ttlMs: 1_000, now: clock.now });
    cache.set("expiring", "1");
    clock.advance(600);
    cache.set("live", "2");
    cache.get("expiring"); // "live" is now the least recently used
    clock.advance(400); // "expiring" is exactly ttlMs old
    cache.set("new", "3");
    expect(cache.get("live")).toBe("2");
    expect(cache.get("new")).toBe("3");
    expect(cache.size()).toBe(2);
  });
});
