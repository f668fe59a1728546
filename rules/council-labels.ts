// Anonymous labels for council answers: "Response A" … "Response Z", then
// "Response AA", "AB" … — bijective base 26 (spreadsheet columns), so any
// number of members gets a distinct label. The reference implementation ran
// out of letters past 26 members.

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The letters for the member at `index` (0 → "A", 25 → "Z", 26 → "AA", 701 → "ZZ", 702 → "AAA"). */
export function councilLetters(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0)
    throw new RangeError(`label index must be an integer >= 0, got ${index}`);
  let rest = index + 1;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = LETTERS[digit] + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "Response A" for index 0. */
export function responseLabel(index: number): string {
  return `Response ${councilLetters(index)}`;
}
