// The lexical guard: a semantic match is served only when the details that
// flip an answer agree, whatever the embedding's similarity. Embeddings (ours
// and the providers') put "What is 2+2" and "What is 2+3", or "is X safe" and
// "is X not safe", next to each other; a wrong answer is worse than a miss.
import { contentWordsOf, stem, wordsOf } from "../../rules/embeddings-text";

const NUMBER_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " +
    "sixteen seventeen eighteen nineteen twenty"
  )
    .split(" ")
    .map((word, i) => [word, String(i)]),
);
const SCALE_WORDS = new Set([
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "hundred",
  "thousand",
  "million",
  "billion",
  "trillion",
  "half",
  "double",
  "twice",
  "triple",
  "once",
  "first",
  "second",
  "third",
  "last",
]);
const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "none",
  "nothing",
  "nobody",
  "nowhere",
  "neither",
  "nor",
  "without",
  "cannot",
  "non",
  "avoid",
  "except",
  "instead",
]);

// Languages, runtimes and formats: "in Python" vs "in Rust" is a different answer.
const TECH_NAMES = new Set(
  (
    "python javascript typescript js ts java kotlin scala rust go golang c c++ c# f# ruby php swift " +
    "objective haskell elixir erlang clojure lua perl r julia dart matlab sql postgres postgresql mysql sqlite " +
    "mongodb redis bash shell powershell zsh html css sass json yaml xml toml csv markdown latex regex " +
    "react vue angular svelte django flask rails spring node nodejs deno bun express nextjs docker kubernetes " +
    "linux windows macos ios android aws gcp azure excel numpy pandas npm pip yarn cargo gem brew apt maven gradle conda"
  ).split(" "),
);

// Words whose counterpart asks the opposite question; any of them differing blocks a match.
const CONTRASTS = new Set(
  (
    "largest smallest biggest highest lowest longest shortest fastest slowest best worst most least " +
    "more less fewer greater max maximum min minimum increase decrease raise lower add remove delete insert " +
    "before after above below over under up down left right inside outside start stop begin end open close " +
    "encrypt decrypt encode decode compress decompress serialize deserialize import export push pull " +
    "upload download buy sell ascend descend ascending descending true false enable disable allow deny block " +
    "same different similar differ difference celsius fahrenheit kelvin km mile miles meter meters feet foot " +
    "kg pound pounds gram grams hour hours minute minutes day days week weeks month months year years " +
    "past future yesterday today tomorrow morning evening north south east west odd even positive negative " +
    "sum product divide multiply subtract plus minus times squared cubed root average median mean mode " +
    "male female men women man woman child children adult adults legal illegal safe dangerous pros cons " +
    "advantage disadvantage why how when where who which"
  )
    .split(" ")
    .map(stem),
);

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

function multiset(values: Iterable<string>): string {
  return [...values].sort().join("\u0000");
}

function numbersOf(text: string): string {
  const digits = text.normalize("NFKC").match(/\d+(?:[.,]\d+)*/g) ?? [];
  const words = wordsOf(text).flatMap((word) =>
    NUMBER_WORDS[word] !== undefined ? [NUMBER_WORDS[word]] : SCALE_WORDS.has(word) ? [word] : [],
  );
  return multiset([...digits.map((d) => d.replace(/,/g, "")), ...words]);
}

// Arithmetic and comparison operators between operands (numbers, one-letter
// variables, brackets): "2+2" vs "2-2", "x<y" vs "x>y"; not the hyphen of "Big-O".
const OPERATION =
  /(?:\d+(?:\.\d+)?|(?<![\p{L}\p{N}_])\p{L}(?![\p{L}\p{N}_])|\))\s*(\*\*|==|!=|<=|>=|[-+*/^%×÷=<>])\s*(?=\d|\(|\p{L}(?![\p{L}\p{N}_]))/gu;

function operatorsOf(text: string): string {
  return [...text.normalize("NFKC").matchAll(OPERATION)].map((match) => match[1]).join(" ");
}

function negationCount(text: string): number {
  return wordsOf(text).filter((word) => NEGATIONS.has(word)).length;
}

// Text in straight or curly double quotes, backticks, or single quotes that open after a space.
function quotedOf(text: string): string {
  const quoted = text.match(/"[^"]+"|\u201c[^\u201d]+\u201d|`[^`]+`|(?<=^|\s)'[^']+'(?=$|[\s.,;:!?])/g) ?? [];
  return multiset(quoted.map((q) => q.slice(1, -1).trim()));
}

function tokensOf(text: string): string[] {
  return (text.normalize("NFKC").match(/[\p{L}\p{N}_.]+(?:\+\+|#)?/gu) ?? []).map((raw) => raw.replace(/\.+$/, ""));
}

// Named things: capitalised words not opening a sentence, identifiers (camelCase, snake_case, a.b,
// words with digits), known tech names, and contrast words (stemmed), all lower-cased.
function namesOf(text: string): Set<string> {
  return new Set(namesInOrder(text));
}

function namesInOrder(text: string): string[] {
  const names: string[] = [];
  const sentenceStarts = new Set(
    (text.match(/(?:^|[.!?:\n]\s*)[\p{L}\p{N}_]+/gu) ?? []).map((m) => m.replace(/^[.!?:\n\s]+/u, "")),
  );
  for (const token of tokensOf(text)) {
    const isIdentifier = /[a-z][A-Z]|_|\w\.\w|\p{L}\d|\d\p{L}/u.test(token);
    const isCapitalised = /^\p{Lu}/u.test(token) && !sentenceStarts.has(token) && token !== "I";
    if (isIdentifier || isCapitalised || TECH_NAMES.has(token.toLowerCase())) names.push(token.toLowerCase());
    const stemmed = stem(token.toLowerCase());
    if (CONTRASTS.has(stemmed)) names.push(stemmed);
  }
  return names.filter((name, i) => names.indexOf(name) === i);
}

/** Every word of `text` as written (lower-cased) and stemmed: a name "is in" a prompt if either form is. */
function vocabularyOf(text: string): Set<string> {
  const words = [...tokensOf(text).map((t) => t.toLowerCase()), ...wordsOf(text)];
  return new Set([...words, ...words.map(stem)]);
}

// A name counts in both prompts whatever its case: "French" and "french" agree, "Rust" and "Go" do not.
function namesAgree(a: string, b: string): boolean {
  const [inA, inB] = [vocabularyOf(a), vocabularyOf(b)];
  return [...namesOf(a), ...namesOf(b)].every((name) => inA.has(name) && inB.has(name));
}

// "Convert Celsius to Fahrenheit" is not "Convert Fahrenheit to Celsius": with a direction word, order matters.
const DIRECTIONAL = /\b(?:to|into|from|than|vs|versus|over|onto)\b/i;

function orderAgrees(a: string, b: string): boolean {
  if (!DIRECTIONAL.test(a) && !DIRECTIONAL.test(b)) return true;
  const names = new Set([...namesOf(a), ...namesOf(b)]);
  // Each prompt's names in the order they appear, whatever their case there.
  const orderIn = (text: string) => {
    const seen = tokensOf(text)
      .flatMap((token) => [token.toLowerCase(), stem(token.toLowerCase())])
      .filter((word) => names.has(word));
    return seen.filter((word, i) => seen.indexOf(word) === i).join(" ");
  };
  return orderIn(a) === orderIn(b);
}

/**
 * A substitution: each prompt has a content word the other lacks ("a cat" /
 * "a dog"). Added or dropped words (politeness, "simply", "in detail") pass;
 * swapped ones do not, however close the vectors: the embedder proposes
 * candidates, this decides.
 */
function isSubstitution(a: string, b: string): boolean {
  const [inA, inB] = [new Set(contentWordsOf(a)), new Set(contentWordsOf(b))];
  return [...inA].some((word) => !inB.has(word)) && [...inB].some((word) => !inA.has(word));
}

// Command-line options: "--force" is not "--force-with-lease".
function flagsOf(text: string): string {
  return multiset(text.match(/(?<![\w-])--?[A-Za-z][\w-]*/g) ?? []);
}

const CHECKS: ReadonlyArray<[string, (text: string) => string | number]> = [
  ["command-line flags differ", flagsOf],
  ["numbers differ", numbersOf],
  ["operators differ", operatorsOf],
  ["negation differs", negationCount],
  ["quoted text differs", quotedOf],
];

/**
 * Whether `cachedPrompt` may answer `prompt` lexically: numbers, operators,
 * negations, quoted strings and named things (entities, identifiers,
 * languages, opposites; in order when a direction word is present) must
 * agree, and no word may be swapped for another. Pure; the first
 * disagreement is the reason.
 */
export function lexicalGuard(prompt: string, cachedPrompt: string): GuardVerdict {
  for (const [reason, signature] of CHECKS) {
    if (signature(prompt) !== signature(cachedPrompt)) return { ok: false, reason };
  }
  if (!namesAgree(prompt, cachedPrompt)) return { ok: false, reason: "named things differ" };
  if (!orderAgrees(prompt, cachedPrompt)) return { ok: false, reason: "order of named things differs" };
  if (isSubstitution(prompt, cachedPrompt)) return { ok: false, reason: "a word was swapped for another" };
  return { ok: true };
}

/** The first candidate at or above `threshold` that the guard lets through: the embedder proposes, the guard decides. */
export function guardedMatch<T extends { entry: { prompt: string }; similarity: number }>(
  prompt: string,
  candidates: readonly T[],
  threshold: number,
): T | undefined {
  return candidates.find((c) => c.similarity >= threshold && lexicalGuard(prompt, c.entry.prompt).ok);
}
