// Known prompt-injection phrasings (OWASP LLM01). This is a heuristic: OWASP
// notes no method is fool-proof, paraphrases slip through and innocent text
// can match, so a hit FLAGS the message (it is still sent, and the flag is
// recorded for review) instead of rejecting it. The real defences live
// elsewhere: the system prompt holds no secrets and the model has no tools.
import { type CheckResult, PASS } from "./check-result";
import { BLANK_LOOKALIKE, TAG_CHAR, VARIATION_SELECTOR } from "./invisible";
import { maybe, phrasePattern, word } from "./phrase-pattern";

const IGNORE = word("ignore", "disregard", "forget", "skip", "override", "bypass", "drop");
const ALL = maybe("all", "any", "every", "each");
// No "my": "ignore my previous instructions" is a user correcting themselves.
const THE = maybe("the", "your", "these", "those", "this", "that");
const PREVIOUS = word(
  "previous",
  "prior",
  "above",
  "earlier",
  "preceding",
  "former",
  "initial",
  "original",
  "foregoing",
);
const INSTRUCTIONS = word(
  "instruction",
  "instructions",
  "prompt",
  "prompts",
  "rule",
  "rules",
  "direction",
  "directions",
  "guideline",
  "guidelines",
  "command",
  "commands",
  "directive",
  "directives",
);
const SYSTEM_PROMPT = word(
  "system prompt",
  "system message",
  "system instructions",
  "developer message",
  "developer instructions",
  "initial instructions",
  "hidden instructions",
  "original instructions",
  "secret instructions",
);

/** Each entry names what it catches; the name appears in the flag reason and so in the record. */
const INJECTION_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  {
    name: "ignore previous instructions",
    pattern: phrasePattern([IGNORE, ALL, maybe("of"), THE, PREVIOUS, INSTRUCTIONS]),
  },
  { name: "disregard the system prompt", pattern: phrasePattern([IGNORE, ALL, maybe("of"), THE, SYSTEM_PROMPT]) },
  {
    name: "reveal the system prompt",
    pattern: phrasePattern([
      word(
        "reveal",
        "show",
        "print",
        "display",
        "repeat",
        "output",
        "leak",
        "dump",
        "tell me",
        "give me",
        "what is",
        "what are",
      ),
      maybe("me", "us"),
      word("your", "the"),
      maybe("full", "entire", "exact", "complete", "verbatim"),
      SYSTEM_PROMPT,
    ]),
  },
  {
    name: "you are now DAN",
    pattern: phrasePattern([
      word(
        "you are now",
        "you're now",
        "from now on you are",
        "from now on you're",
        "act as",
        "pretend to be",
        "pretend you are",
      ),
      maybe("a", "an", "in"),
      word("DAN", "jailbroken", "unrestricted", "unfiltered", "uncensored", "developer mode", "god mode"),
    ]),
  },
  { name: "do anything now", pattern: phrasePattern([word("do anything now")]) },
  {
    name: "enable developer mode",
    pattern: phrasePattern([
      word("enable", "activate", "enter", "switch to", "turn on"),
      word("developer mode", "dev mode", "god mode", "jailbreak mode"),
    ]),
  },
  {
    name: "you have no restrictions",
    pattern: phrasePattern([
      word("you have", "you now have", "you've got", "you are free of", "you're free of"),
      maybe("no", "zero", "any"),
      word(
        "restrictions",
        "filters",
        "limitations",
        "guardrails",
        "content policy",
        "content policies",
        "ethical guidelines",
      ),
    ]),
  },
  // Chat-template tokens (ChatML "<|im_start|>", harmony "<|start|>") typed
  // into a message try to forge a system or developer turn.
  { name: "chat template token", pattern: /<\|\s*(?:im_start|im_end|start|end|system|message|channel)\s*\|>/i },
];

// Hidden characters must not split a phrase past the patterns, whether they
// sit inside a word ("ig\u200Bnore") or stand in for a space
// ("ignore\u2800previous"), and text hidden in TAG characters is read the way
// a model reads it, as ASCII. So the patterns run over three views of the
// text, after NFKC (which folds look-alike forms such as full-width "ｉｇｎｏｒｅ"
// into plain letters): invisibles removed, invisibles as spaces, and TAG
// characters decoded. The input rules refuse these characters anyway
// (tag-chars.ts, invisible-chars.ts); this keeps the flag honest on its own.
const HIDDEN = new RegExp(`[\\p{Cf}\\u034F]|${VARIATION_SELECTOR.source}`, "gu");
const BLANKS = new RegExp(BLANK_LOOKALIKE.source, "gu");
const TAGS = new RegExp(TAG_CHAR.source, "gu");

function views(text: string): string[] {
  const base = text.normalize("NFKC").replace(BLANKS, " ");
  const decoded = base.replace(TAGS, (tag) => String.fromCharCode(tag.codePointAt(0)! - 0xe0000));
  return [base.replace(HIDDEN, ""), base.replace(HIDDEN, " "), decoded.replace(HIDDEN, "")];
}

export function checkPromptInjection(text: string): CheckResult {
  const seen = views(text);
  const hit = INJECTION_PATTERNS.find(({ pattern }) => seen.some((view) => pattern.test(view)));
  if (!hit) return PASS;
  return {
    verdict: "flag",
    code: "prompt_injection",
    reason:
      `Your message looks like an attempt to override the assistant's instructions ("${hit.name}"). ` +
      "It was sent, but it has been recorded; rephrase it if that was not your intent.",
  };
}
