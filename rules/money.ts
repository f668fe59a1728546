// Money is always an integer count of micro-USD (1 µ$ = $0.000001).
// Integers add and compare exactly; floating-point dollars drift
// (0.1 + 0.2 !== 0.3), and a budget that drifts is a budget that leaks.

import { groupDigits } from "./group-digits";

export const MICROS_PER_USD = 1_000_000;

/** True for a value that can be stored as a money amount: a safe, non-negative integer. */
export function isMicros(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Formats micro-USD for people: "$1.00", "$0.000375", "-$2.50", "$1,234.56".
 * Always at least two decimals, more only when the amount needs them, so small
 * per-message costs do not display as "$0.00".
 */
export function formatUsd(micros: number): string {
  if (!Number.isSafeInteger(micros)) {
    throw new RangeError(`formatUsd expects integer micro-USD, got ${micros}`);
  }
  const sign = micros < 0 ? "-" : "";
  const abs = Math.abs(micros);
  const dollars = Math.floor(abs / MICROS_PER_USD);
  const fraction = String(abs % MICROS_PER_USD)
    .padStart(6, "0")
    .replace(/0{1,4}$/, "");
  return `${sign}$${groupDigits(dollars)}.${fraction.padEnd(2, "0")}`;
}
