// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deadlineIn, type Deadline } from "./deadline";
import { useCountdown } from "./use-countdown";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-01-01T12:00:00Z"));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe("useCountdown", () => {
  it("is 0 without a deadline and sets no timer", () => {
    const { result } = renderHook(() => useCountdown(null));
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("shows the full wait on the first render, before any tick", () => {
    const deadline = deadlineIn(30_000, Date.now());
    const { result } = renderHook(() => useCountdown(deadline));
    expect(result.current).toBe(30_000);
  });

  it("counts down as time passes and stops its timer at zero", () => {
    const deadline = deadlineIn(2_000, Date.now());
    const { result } = renderHook(() => useCountdown(deadline));

    advance(1_000);
    expect(result.current).toBe(1_000);
    advance(750);
    expect(result.current).toBe(250);
    advance(500);
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("restarts from the new deadline's own start, not from a stale tick", () => {
    const { result, rerender } = renderHook(({ deadline }: { deadline: Deadline | null }) => useCountdown(deadline), {
      initialProps: { deadline: deadlineIn(1_000, Date.now()) },
    });
    advance(5_000); // the first deadline ran out long ago
    expect(result.current).toBe(0);

    rerender({ deadline: deadlineIn(10_000, Date.now()) });
    expect(result.current).toBe(10_000);
    advance(2_000);
    expect(result.current).toBe(8_000);
  });

  it("clears its timer on unmount", () => {
    const { unmount } = renderHook(() => useCountdown(deadlineIn(10_000, Date.now())));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("never goes negative, and corrects a deadline set long ago at its first tick", () => {
    const stale: Deadline = { setAt: Date.now() - 5_000, until: Date.now() - 1_000 };
    const { result } = renderHook(() => useCountdown(stale));
    advance(250);
    expect(result.current).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
