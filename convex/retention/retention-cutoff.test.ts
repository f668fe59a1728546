import { describe, expect, it, vi } from "vitest";
import { cutoffFor, DEFAULT_RETENTION_DAYS, isExpired, retentionDays } from "./retention-cutoff";

describe("retentionDays", () => {
  it("defaults to 30 and accepts whole days from 1", () => {
    expect(retentionDays(undefined)).toBe(DEFAULT_RETENTION_DAYS);
    expect(retentionDays(" ")).toBe(30);
    expect(retentionDays("7")).toBe(7);
    expect(retentionDays(" 365 ")).toBe(365);
  });

  it("falls back to the default for nonsense, with a log line", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const raw of ["0", "-3", "1.5", "ten", "1e400"]) expect(retentionDays(raw)).toBe(30);
    expect(warn).toHaveBeenCalledTimes(5);
    warn.mockRestore();
  });
});

describe("cutoffFor / isExpired", () => {
  const now = Date.UTC(2026, 10, 22, 12);
  it("is exactly `days` days before now; only strictly older expires", () => {
    const cutoff = cutoffFor(now, 30);
    expect(cutoff).toBe(Date.UTC(2026, 9, 23, 12));
    expect(isExpired(cutoff - 1, cutoff)).toBe(true);
    expect(isExpired(cutoff, cutoff)).toBe(false);
    expect(isExpired(now, cutoff)).toBe(false);
  });
});
