// Running code from replies in an E2B sandbox: which fenced languages can run,
// what each tier may run, how long, how much output is kept, and what sandbox
// time costs. Pure data and arithmetic; the server enforces, the SPA displays.
import type { Tier } from "./entitlements";

/** E2B code interpreter languages we offer, keyed by the fence tags that select them. */
const LANGUAGE_BY_FENCE: Readonly<Record<string, RunLanguage>> = {
  python: "python",
  py: "python",
  python3: "python",
  javascript: "javascript",
  js: "javascript",
  node: "javascript",
  typescript: "typescript",
  ts: "typescript",
};
export type RunLanguage = "python" | "javascript" | "typescript";

/** The E2B language for a fence's info string ("Python", "py {title=x}"), or null when we don't run it. */
export function runLanguageOf(fenceInfo: string | undefined): RunLanguage | null {
  const tag = (fenceInfo ?? "").trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  return Object.hasOwn(LANGUAGE_BY_FENCE, tag) ? LANGUAGE_BY_FENCE[tag]! : null;
}

export type CodeExecutionEntitlements = { runsPerMinute: number; runsPerDay: number };

export const codeExecutionByTier: Readonly<Record<Tier, Readonly<CodeExecutionEntitlements>>> = {
  free: { runsPerMinute: 3, runsPerDay: 20 },
  pro: { runsPerMinute: 10, runsPerDay: 200 },
  enterprise: { runsPerMinute: 30, runsPerDay: 1000 },
};

/** Largest code block we run, in UTF-16 code units (a reply's code is the model's, so bounded anyway). */
export const MAX_CODE_CHARS = 20_000;

/** Kept per stream (stdout, stderr); the rest is dropped with a note. */
export const MAX_STREAM_CHARS = 10_000;
/** Rich results kept per run, and the largest one (base64 for images) — a Convex document holds 1 MiB. */
export const MAX_RESULTS = 4;
export const MAX_RESULT_CHARS = 200_000;
export const MAX_TRACEBACK_CHARS = 10_000;

export const DEFAULT_RUN_TIMEOUT_MS = 30_000;
export const MAX_RUN_TIMEOUT_MS = 300_000;
/** How long a conversation's sandbox stays alive after a run, waiting for the next one. */
export const SANDBOX_KEEP_ALIVE_MS = 120_000;
/** Allowance for creating a sandbox, held on top of the run's own worst case. */
const SANDBOX_START_ALLOWANCE_MS = 10_000;

/**
 * The per-run timeout from `E2B_RUN_TIMEOUT_MS`: a positive integer up to the
 * maximum, else the default. Never 0: E2B's SDK reads a timeout of 0 as
 * "no timer at all", which would let an infinite loop run (and bill) forever.
 */
export function runTimeoutMs(raw: string | undefined): number {
  const value = Number(raw);
  if (!raw || !Number.isSafeInteger(value) || value <= 0) return DEFAULT_RUN_TIMEOUT_MS;
  return Math.min(value, MAX_RUN_TIMEOUT_MS);
}

/**
 * E2B's published usage price (e2b.dev/pricing, as read on 2025-06-01; not
 * re-checkable offline on 2026-11-30 — check before relying on it):
 * $0.000014 per vCPU-second and $0.0000045 per GiB-second of RAM. The default
 * code-interpreter sandbox has 2 vCPU and 512 MiB: 2 × 14 + 0.5 × 4.5 =
 * 30.25 µ$ per second, kept here in thousandths of a micro-dollar per second.
 */
const SANDBOX_VCPUS = 2;
const SANDBOX_MEMORY_GIB = 0.5;
const SANDBOX_NANO_USD_PER_SECOND = SANDBOX_VCPUS * 14_000 + SANDBOX_MEMORY_GIB * 4_500; // 30 250 nano-$ = 30.25 µ$

/** Sandbox time in integer micro-USD, rounded up (never under-charged, never $0 for time used). */
export function sandboxCostMicros(durationMs: number): number {
  if (!Number.isFinite(durationMs) || durationMs <= 0) return 0;
  return Math.ceil((Math.ceil(durationMs) * SANDBOX_NANO_USD_PER_SECOND) / 1_000_000);
}

/** What a run holds before it starts: its timeout, the keep-alive it buys and a sandbox start. */
export function runHoldMicros(timeoutMs: number): number {
  return sandboxCostMicros(timeoutMs + SANDBOX_KEEP_ALIVE_MS + SANDBOX_START_ALLOWANCE_MS);
}

/**
 * What a run pays for: the sandbox time it adds. E2B bills a sandbox from
 * creation until it is killed or times out; a run that renews the timeout to
 * `aliveUntil` buys the time from where earlier runs had paid up to (or from
 * its own start) until then. Overlaps are never paid twice.
 */
export function runChargeMicros(args: { startedAt: number; paidUntil: number; aliveUntil: number }): number {
  return sandboxCostMicros(args.aliveUntil - Math.max(args.startedAt, args.paidUntil));
}
