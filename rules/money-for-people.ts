// Money rounded for people. Exact amounts (formatUsd) belong in tooltips and
// audit trails; glanceable figures are cents, and a sliver is "< $0.01".

import { formatUsd, MICROS_PER_USD } from "./money";
import { groupDigits } from "./group-digits";

const MICROS_PER_CENT = MICROS_PER_USD / 100;

/** Rounded to the nearest cent: "$0.31", "$1,234.50"; an amount under a cent but above zero is "< $0.01". */
export function formatUsdRounded(micros: number): string {
  if (!Number.isSafeInteger(micros)) throw new RangeError(`formatUsdRounded expects integer micro-USD, got ${micros}`);
  if (micros < 0) return `-${formatUsdRounded(-micros)}`;
  if (micros > 0 && micros < MICROS_PER_CENT / 2) return "< $0.01";
  const cents = Math.max(Math.round(micros / MICROS_PER_CENT), micros > 0 ? 1 : 0);
  return `$${groupDigits(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, "0")}`;
}

/**
 * For sentences that compare amounts (a refusal: "could cost up to … and
 * … is left"): cents when at least a cent, else two significant digits
 * ("$0.00031"), so small amounts stay distinguishable without six decimals.
 */
export function formatUsdCompact(micros: number): string {
  if (!Number.isSafeInteger(micros)) throw new RangeError(`formatUsdCompact expects integer micro-USD, got ${micros}`);
  if (Math.abs(micros) >= MICROS_PER_CENT) return formatUsdRounded(micros);
  const magnitude = Math.floor(Math.log10(Math.max(Math.abs(micros), 1)));
  const unit = 10 ** Math.max(magnitude - 1, 0);
  return formatUsd(Math.round(micros / unit) * unit);
}
