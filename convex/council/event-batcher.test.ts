import { describe, expect, it } from "vitest";
import { createEventBatcher } from "./event-batcher";
import type { CouncilEvent } from "./run-council";

const target = { provider: "groq", model: "m" };
const text = (member: number, value: string): CouncilEvent => ({
  type: "text",
  call: { stage: "answer", member, target },
  text: value,
});

function setUp(stopAfter = Infinity) {
  let clock = 0;
  const writes: { at: number; events: CouncilEvent[] }[] = [];
  const timers: { at: number; run: () => void }[] = [];
  let stopped = 0;
  const batcher = createEventBatcher({
    write: async (events) => {
      writes.push({ at: clock, events });
      return { stopped: writes.length >= stopAfter };
    },
    onStopped: () => void stopped++,
    intervalMs: 250,
    now: () => clock,
    schedule: (run, ms) => void timers.push({ at: clock + ms, run }),
  });
  const advance = async (ms: number) => {
    clock += ms;
    for (const timer of timers.filter((t) => t.at <= clock)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.run();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { batcher, writes, advance, stops: () => stopped };
}

describe("council event batcher", () => {
  it("three members streaming for 2 s make at most 4 writes a second, and the last text of each is kept", async () => {
    const { batcher, writes, advance } = setUp();
    for (let tick = 0; tick < 200; tick++) {
      for (let member = 0; member < 3; member++) await batcher.push(text(member, `t${tick}`));
      await advance(10);
    }
    await batcher.flush();
    const inFirstSecond = writes.filter((w) => w.at < 1000).length;
    expect(inFirstSecond).toBeLessThanOrEqual(4);
    expect(writes.length).toBeLessThanOrEqual(2 * 4 + 1);
    const last = writes
      .flatMap((w) => w.events)
      .filter((e) => e.type === "text")
      .slice(-3);
    expect(last.map((e) => e.type === "text" && e.text)).toEqual(["t199", "t199", "t199"]);
  });

  it("keeps non-text events in order and never coalesces them", async () => {
    const { batcher, writes } = setUp();
    await batcher.push({ type: "stage", stage: "answer" });
    await batcher.push(text(0, "a"));
    await batcher.push({ type: "call_failed", call: { stage: "answer", member: 1, target }, reason: "x" });
    await batcher.push(text(0, "ab"));
    await batcher.push({ type: "stage", stage: "review" });
    await batcher.flush();
    expect(writes.flatMap((w) => w.events).map((e) => e.type)).toEqual(["stage", "text", "call_failed", "stage"]);
  });

  it("writes a quiet stage change after the interval without waiting for more events", async () => {
    const { batcher, writes, advance } = setUp();
    await batcher.push({ type: "stage", stage: "answer" });
    await batcher.push({ type: "stage", stage: "review" });
    expect(writes).toHaveLength(1);
    await advance(250);
    expect(writes.map((w) => w.events.length)).toEqual([1, 1]);
  });

  it("tells the caller when a write finds the run stopped", async () => {
    const { batcher, stops } = setUp(1);
    await batcher.push({ type: "stage", stage: "answer" });
    expect(stops()).toBe(1);
  });
});
