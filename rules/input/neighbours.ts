// The characters (whole code points) either side of a match, for checks that
// judge a character by its context. Undefined at either end of the text.

export function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const pair =
    index >= 2 &&
    low >= 0xdc00 &&
    low <= 0xdfff &&
    text.charCodeAt(index - 2) >= 0xd800 &&
    text.charCodeAt(index - 2) <= 0xdbff;
  return text.slice(pair ? index - 2 : index - 1, index);
}

export function charAfter(text: string, index: number): string | undefined {
  const codePoint = text.codePointAt(index);
  return codePoint === undefined ? undefined : String.fromCodePoint(codePoint);
}
