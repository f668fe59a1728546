// Word handling shared by the built-in embedder and the cache's lexical guard,
// so both read a prompt the same way.

// Function words that carry no topic: dropped from the embedder's word
// features so "how do I sort a list" and "how to sort a list" look alike.
// Negations and question words are NOT here: they change what is asked.
const STOPWORDS = new Set(
  (
    "a an the and or but if then so to of for on at by from as into about with in " +
    "is are was were be been being am do does did doing have has had having " +
    "i me you your we us it its this that these those there here " +
    "can could would should will shall may might must please just " +
    "some any also very really quite kindly hey hi hello thanks thank"
  ).split(" "),
);

/**
 * Lower-cased words of `text` (letters, digits and the `+`/`#` of c++, c#, f#),
 * after Unicode NFKC, with "n't" spelled out as " not" so "isn't" and
 * "is not" read the same, and other clitics ('s, 're, 've, 'll, 'd, 'm) dropped, and
 * thousands separators removed (1,000 is 1000; 2.5 stays one word).
 */
export function wordsOf(text: string): string[] {
  const spelled = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\bcan't\b/g, "can not")
    .replace(/\bwon't\b/g, "will not")
    .replace(/n't\b/g, " not")
    .replace(/'(?:s|re|ve|ll|d|m)\b/g, "")
    .replace(/(?<=\d),(?=\d{3}\b)/g, "");
  return spelled.match(/\d+(?:\.\d+)+|[\p{L}\p{N}]+(?:\+\+|#)?/gu) ?? [];
}

/** A crude suffix-stripper (plurals, -ing, -ed): enough to make "lists"/"list" and "sorting"/"sort" meet. */
export function stem(word: string): string {
  if (/\d/.test(word) || word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing") && word.length > 5) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 4) return word.slice(0, -2);
  if (word.endsWith("es") && /(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"))
    return word.slice(0, -1);
  return word;
}

/** The stemmed words that carry the topic: `wordsOf` minus function words. */
export function contentWordsOf(text: string): string[] {
  return wordsOf(text)
    .filter((word) => !STOPWORDS.has(word))
    .map(stem);
}
