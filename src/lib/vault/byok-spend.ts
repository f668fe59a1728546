// Client-side daily spend limit for BYOK usage. BYOK calls bill the user's own
// provider account, so the server doesn't meter them; this is a guard the user
// sets for themselves against runaway usage, kept in localStorage.
//
// Amounts are integer micro-USD (1 USD = 1_000_000): prices per token are tiny
// fractions of a cent and floating-point sums would drift across many adds.
// The day is the UTC day, so the limit resets at 00:00 UTC for everyone.
// Tabs share one read-modify-write record; a rare lost update between two tabs
// finishing at the same millisecond is acceptable for a soft, self-set limit.

import { utcDayKey as utcDay } from "@rules/daily-budget";

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const DEFAULT_BYOK_DAILY_LIMIT_MICROS = 1_000_000;
export const BYOK_SPEND_STORAGE_KEY = "guarded-chat:byok-spend:v1";
export const BYOK_LIMIT_STORAGE_KEY = "guarded-chat:byok-limit:v1";

export interface ByokSpendTracker {
  /** Adds a completed request's cost to today's total. */
  recordSpend(micros: number, now: number): void;
  spentToday(now: number): number;
  /** What is left of today's limit, never below zero. */
  remaining(now: number): number;
  /** True when spending `estimateMicros` more today would go over the limit. */
  wouldExceed(estimateMicros: number, now: number): boolean;
  limit(): number;
  /** 0 blocks all BYOK usage. */
  setLimit(micros: number): void;
  /** Forgets today's spend and the limit (sign-out, another user): the next person starts from the default. */
  clear(): void;
}

interface DailySpend {
  day: string;
  micros: number;
}

export function createByokSpendTracker(storage: StorageLike): ByokSpendTracker {
  const spentOn = (day: string): number => {
    const stored = readDailySpend(storage);
    return stored?.day === day ? stored.micros : 0;
  };
  const limit = (): number => readMicros(storage.getItem(BYOK_LIMIT_STORAGE_KEY)) ?? DEFAULT_BYOK_DAILY_LIMIT_MICROS;

  return {
    recordSpend(micros, now) {
      assertMicros(micros, "spend");
      const day = utcDay(now);
      // Only today's total is kept: yesterday's is replaced, not accumulated.
      const record: DailySpend = { day, micros: spentOn(day) + micros };
      storage.setItem(BYOK_SPEND_STORAGE_KEY, JSON.stringify(record));
    },
    spentToday: (now) => spentOn(utcDay(now)),
    remaining: (now) => Math.max(0, limit() - spentOn(utcDay(now))),
    wouldExceed: (estimateMicros, now) => {
      assertMicros(estimateMicros, "estimate");
      return spentOn(utcDay(now)) + estimateMicros > limit();
    },
    limit,
    setLimit(micros) {
      assertMicros(micros, "limit");
      storage.setItem(BYOK_LIMIT_STORAGE_KEY, String(micros));
    },
    clear() {
      storage.removeItem(BYOK_SPEND_STORAGE_KEY);
      storage.removeItem(BYOK_LIMIT_STORAGE_KEY);
    },
  };
}

function assertMicros(micros: number, what: string): void {
  if (!Number.isSafeInteger(micros) || micros < 0) {
    throw new RangeError(`BYOK ${what} must be a non-negative integer number of micro-USD`);
  }
}

// Unreadable stored values (edited by hand, older format) count as "nothing
// recorded": failing closed would lock the user out of their own key.
function readDailySpend(storage: StorageLike): DailySpend | undefined {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(BYOK_SPEND_STORAGE_KEY) ?? "null");
    const candidate = parsed as Partial<DailySpend> | null;
    const micros = readMicros(String(candidate?.micros));
    return typeof candidate?.day === "string" && micros !== undefined ? { day: candidate.day, micros } : undefined;
  } catch {
    return undefined;
  }
}

function readMicros(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const micros = Number(raw);
  return Number.isSafeInteger(micros) ? micros : undefined;
}
