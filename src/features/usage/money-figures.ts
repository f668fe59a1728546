import { formatUsd } from "@rules/money";
import { formatUsdCompact, formatUsdRounded } from "@rules/money-for-people";

const CENT_MICROS = 10_000;

export type MoneyFigures = { spent: string; held: string; cap: string; exact: string };

/**
 * The header's money, rounded for people: cents ("< $0.01" for a sliver),
 * or, when the cap itself is under a cent, two significant digits so the
 * figures still mean something. The exact amounts go in a tooltip.
 */
export function moneyFigures(spentMicros: number, heldMicros: number, capMicros: number): MoneyFigures {
  const format = capMicros < CENT_MICROS ? formatUsdCompact : formatUsdRounded;
  return {
    spent: format(spentMicros),
    held: format(heldMicros),
    cap: format(capMicros),
    exact:
      `Spent today: ${formatUsd(spentMicros)}. Held for replies in progress: ${formatUsd(heldMicros)} ` +
      `(each reply's worst case, settled to its real cost when it finishes). Daily cap: ${formatUsd(capMicros)}, resets at midnight UTC.`,
  };
}
