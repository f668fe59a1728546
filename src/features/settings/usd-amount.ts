// Dollar amounts typed by people ("1", "1.5", "$0.25") to integer micro-USD,
// the only form money takes in this app (rules/money.ts).

import { MICROS_PER_USD } from "@rules/money";

/** At most $1,000 a day: a limit above that is a typo, not a guard. */
export const MAX_BYOK_LIMIT_MICROS = 1_000 * MICROS_PER_USD;

export function parseUsdAmount(text: string): number | null {
  const match = /^\s*\$?\s*(\d{1,7})(?:\.(\d{0,6}))?\s*$/.exec(text);
  if (!match) return null;
  const [, dollars = "0", fraction = ""] = match;
  return Number(dollars) * MICROS_PER_USD + Number(fraction.padEnd(6, "0"));
}

/** "1.00" for an input's value (not formatUsd: no "$" or digit grouping). */
export function usdInputValue(micros: number): string {
  const dollars = Math.floor(micros / MICROS_PER_USD);
  const fraction = String(micros % MICROS_PER_USD)
    .padStart(6, "0")
    .replace(/0{1,4}$/, "");
  return `${dollars}.${fraction.padEnd(2, "0")}`;
}
