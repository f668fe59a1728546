// The prepared-answer pool's operator settings (Convex env), each with a
// default and a fallback for unreadable values. Pure: env and clock injected.

type Env = Record<string, string | undefined>;

const intOr = (raw: string | undefined, fallback: number, min: number, max: number) => {
  const n = Number(raw);
  return raw !== undefined && raw.trim() !== "" && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export type PoolConfig = {
  /** Provider calls the fill may make per UTC day (`CACHE_POOL_DAILY_CALLS`, default 50; 0 turns filling off). */
  dailyCalls: number;
  /** The off-hours window, UTC hours [start, end) (`CACHE_POOL_WINDOW_UTC`, default "2-5"; may wrap midnight, e.g. "22-4"). */
  window: { startHour: number; endHour: number };
  /** Answered prompts below which an alert is raised (`CACHE_POOL_MIN_SIZE`, default 100). */
  minSize: number;
  /** Answers older than this are refreshed (`CACHE_POOL_REFRESH_HOURS`, default 168: a week). */
  refreshMs: number;
};

export function poolConfig(env: Env = process.env): PoolConfig {
  const window = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(env.CACHE_POOL_WINDOW_UTC ?? "");
  const hours =
    window && Number(window[1]) < 24 && Number(window[2]) <= 24 && window[1] !== window[2]
      ? { startHour: Number(window[1]), endHour: Number(window[2]) }
      : { startHour: 2, endHour: 5 };
  return {
    dailyCalls: intOr(env.CACHE_POOL_DAILY_CALLS, 50, 0, 100_000),
    window: hours,
    minSize: intOr(env.CACHE_POOL_MIN_SIZE, 100, 0, 1_000_000),
    refreshMs: intOr(env.CACHE_POOL_REFRESH_HOURS, 168, 1, 24 * 365) * 3_600_000,
  };
}

/** Whether `now` falls in the off-hours window (UTC). */
export function inFillWindow(window: PoolConfig["window"], now: number): boolean {
  const hour = new Date(now).getUTCHours();
  return window.startHour < window.endHour
    ? hour >= window.startHour && hour < window.endHour
    : hour >= window.startHour || hour < window.endHour;
}

/** A pool row needs (re)filling: never answered, answered by another chain, or older than the refresh age. */
export function needsFill(
  row: { answeredAt?: number; chain?: readonly string[] },
  chain: readonly string[],
  refreshMs: number,
  now: number,
): boolean {
  if (row.answeredAt === undefined || !row.chain) return true;
  if (row.chain.length !== chain.length || row.chain.some((link, i) => link !== chain[i])) return true;
  return now - row.answeredAt >= refreshMs;
}
