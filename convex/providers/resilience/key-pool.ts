// Round-robin over several API keys of one provider, skipping keys that are
// bad (401/403) or at their daily quota. State is one plain record per key
// per UTC day, identified by key id only (see key-id.ts).
//
// A new UTC day starts every key fresh, `bad` included: a key marked bad
// then costs at most one failed call per day, and a key that was fixed or
// re-enabled comes back without anyone editing the database.

export interface KeyUsage {
  readonly keyId: string;
  /** UTC day, "YYYY-MM-DD" (utcDayKey in rules/daily-budget.ts). */
  readonly day: string;
  readonly used: number;
  readonly bad: boolean;
}

/** This key's record for `day`, or a fresh one if it has none yet (or only older days). */
export function usageFor(records: readonly KeyUsage[], keyId: string, day: string): KeyUsage {
  return records.find((record) => record.keyId === keyId && record.day === day) ?? { keyId, day, used: 0, bad: false };
}

export interface PickKeyInput {
  readonly keyIds: readonly string[];
  /** Usage records; those for other days than `day` are ignored. */
  readonly usage: readonly KeyUsage[];
  /** Index to start the round-robin from (stored between calls). */
  readonly cursor: number;
  readonly quota: number;
  readonly day: string;
}

export type PickKeyResult =
  | { readonly exhausted: false; readonly keyId: string; readonly nextCursor: number }
  /** Counts say why, for the "all keys unavailable" alert. */
  | { readonly exhausted: true; readonly badKeys: number; readonly atQuotaKeys: number };

export function pickKey({ keyIds, usage, cursor, quota, day }: PickKeyInput): PickKeyResult {
  const count = keyIds.length;
  // Keys may have been removed from env since the cursor was stored: wrap it.
  const start = count === 0 || !Number.isFinite(cursor) ? 0 : ((Math.floor(cursor) % count) + count) % count;
  let badKeys = 0;
  let atQuotaKeys = 0;
  for (let step = 0; step < count; step++) {
    const index = (start + step) % count;
    const keyId = keyIds[index];
    if (keyId === undefined) continue;
    const record = usageFor(usage, keyId, day);
    if (record.bad) badKeys++;
    else if (record.used >= quota) atQuotaKeys++;
    else return { exhausted: false, keyId, nextCursor: (index + 1) % count };
  }
  return { exhausted: true, badKeys, atQuotaKeys };
}

export interface KeyUseResult {
  readonly next: KeyUsage;
  /** True on exactly the call that takes usage to alertFraction of quota. */
  readonly crossedAlert: boolean;
}

export function recordKeyUse(usage: KeyUsage, quota: number, alertFraction: number): KeyUseResult {
  // The epsilon keeps 1000 × 0.9 at 900 even if the product lands a hair above.
  const threshold = Math.ceil(quota * alertFraction - 1e-9);
  const next = { ...usage, used: usage.used + 1 };
  return { next, crossedAlert: usage.used < threshold && next.used >= threshold };
}

export interface MarkBadResult {
  readonly next: KeyUsage;
  /** True only the first time, so a dead key raises one alert, not one per request. */
  readonly newlyBad: boolean;
}

export function markKeyBad(usage: KeyUsage): MarkBadResult {
  return { next: { ...usage, bad: true }, newlyBad: !usage.bad };
}
