// Signs that a prompt is about its author, so its answer must not be shared
// with other users even when the operator turns the shared scope on. A
// heuristic that errs towards "personal": a miss costs one provider call, a
// wrong "impersonal" leaks someone's question (and its answer) to strangers.
import { wordsOf } from "../../rules/embeddings-text";

export type PersonalMarker =
  "email" | "phone" | "long_number" | "url" | "first_person" | "profile_name" | "secret_like" | "address";

/** What the detector knows about the author: their display name and email. */
export type AuthorProfile = { name?: string; email?: string };

const FIRST_PERSON = new Set([
  "my",
  "mine",
  "myself",
  "our",
  "ours",
  "ourselves",
  "im",
  "i'm",
  "ive",
  "i've",
  "id",
  "i'd",
  "i'll",
  "we're",
  "we've",
]);
// "I am/was/have/had/…" talks about the author; "how do I …" does not.
const FIRST_PERSON_PHRASE = /\b(?:i|we)\s+(?:am|was|were|have|had|feel|felt|live|work|got|need my|own)\b/i;

const PATTERNS: ReadonlyArray<[PersonalMarker, RegExp]> = [
  ["email", /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u],
  ["phone", /(?:\+|\b)\d{1,3}[\s().-]*\d{2,4}[\s().-]*\d{3,4}[\s.-]*\d{3,4}\b/],
  ["long_number", /\d{6,}/],
  ["url", /\bhttps?:\/\/\S+|\bwww\.\S+/i],
  ["secret_like", /\b(?=[A-Za-z0-9_-]{24,}\b)(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9_-]+\b/],
  [
    "address",
    /\b\d{1,5}\s+\p{L}+(?:\s+\p{L}+)?\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd)\b/iu,
  ],
];

function profileWords(profile: AuthorProfile): string[] {
  const local = profile.email?.split("@")[0] ?? "";
  return [...wordsOf(profile.name ?? ""), ...wordsOf(local)].filter((word) => word.length >= 3);
}

/** The kinds of personal marker in `text` (empty: nothing found). Pure. */
export function personalMarkersIn(text: string, profile: AuthorProfile = {}): PersonalMarker[] {
  const found = new Set<PersonalMarker>();
  for (const [marker, pattern] of PATTERNS) if (pattern.test(text)) found.add(marker);
  const lowered = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
  const words = new Set(lowered.match(/[\p{L}\p{N}']+/gu) ?? []);
  if ([...FIRST_PERSON].some((word) => words.has(word)) || FIRST_PERSON_PHRASE.test(lowered)) found.add("first_person");
  const plainWords = new Set(wordsOf(text));
  if (profileWords(profile).some((word) => plainWords.has(word))) found.add("profile_name");
  return [...found];
}
