// Shared by the red-team suites that need no model (two dots in the name: Convex does not deploy it).
import { afterEach, beforeEach, vi } from "vitest";

/**
 * No provider keys, so generation fails fast and stays off the network, and
 * (with `start`) a fake `Date` from that instant; timers stay real so
 * scheduled work still runs.
 */
export function offlineWithFakeDate(start?: number) {
  beforeEach(() => {
    for (const name of ["GROQ_API_KEY", "GROQ_API_KEYS", "OPENROUTER_API_KEY", "OPENROUTER_API_KEYS"])
      delete process.env[name];
    vi.useFakeTimers({ toFake: ["Date"] });
    if (start !== undefined) vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());
}
