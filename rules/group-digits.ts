// "50,000" rather than "50000" in user-facing text. Hand-rolled instead of
// toLocaleString so the output is identical in the browser, in Node and in
// Convex's runtime, whatever locale data each one ships.

/** Inserts "," every three digits of a non-negative integer: 1234567 → "1,234,567". */
export function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
