// Offline format checks for pasted provider keys. They catch copy/paste
// mistakes early with a message the user can act on; the injected live check
// in the vault remains the authority on whether a key actually works.
// Messages never echo the key.

import { PROVIDER_KEY_PAGES, PROVIDER_LABELS, type ByokProvider } from "./byok-provider.ts";

/**
 * Secret-key shapes, shared with monitoring's scrubber. Deliberately looser
 * (10+ chars) than the format checks below: a truncated key in a log line is
 * still a leak, and a false positive while scrubbing costs nothing.
 * Not global (`g`), so `.test()` carries no `lastIndex` state between calls.
 */
export const KEY_PATTERNS = {
  groq: /gsk_[A-Za-z0-9]{10,}/,
  openrouter: /sk-or-[A-Za-z0-9_-]{10,}/,
  clerkSecret: /sk_(?:live|test)_[A-Za-z0-9]{10,}/,
  e2b: /e2b_[A-Za-z0-9]{10,}/,
} as const satisfies Record<string, RegExp>;

export type KeyFormatProblem =
  | "empty"
  | "whitespace"
  | "quoted"
  | "other_provider"
  | "wrong_prefix"
  | "too_short"
  | "too_long"
  | "bad_characters";

export type KeyFormatResult = { ok: true } | { ok: false; problem: KeyFormatProblem; message: string };

interface BodyRule {
  /** Characters the part after the prefix may contain. */
  chars: RegExp;
  minLength: number;
  /** Exact length, when the format fixes it. */
  length?: number;
  describe: string;
}

interface KeyFormat {
  prefix: string;
  body: BodyRule;
  /** A more specific prefix with a stricter body (OpenRouter's `sk-or-v1-`). */
  versioned?: { prefix: string; body: BodyRule };
}

const FORMATS: Record<ByokProvider, KeyFormat> = {
  groq: {
    prefix: "gsk_",
    body: { chars: /^[A-Za-z0-9]+$/, minLength: 40, describe: "at least 40 letters and digits" },
  },
  openrouter: {
    // Older/other OpenRouter key generations only share the `sk-or-` prefix.
    prefix: "sk-or-",
    body: { chars: /^[A-Za-z0-9_-]+$/, minLength: 20, describe: "at least 20 letters, digits, '-' or '_'" },
    versioned: {
      prefix: "sk-or-v1-",
      body: { chars: /^[0-9a-f]+$/, minLength: 64, length: 64, describe: "64 hexadecimal characters" },
    },
  },
};

/**
 * Leading/trailing whitespace (a trailing newline from copying) is harmless,
 * so it is trimmed rather than rejected; the vault stores the trimmed key.
 */
export function normalizeApiKey(raw: string): string {
  return raw.trim();
}

export function checkKeyFormat(provider: ByokProvider, rawApiKey: string): KeyFormatResult {
  const apiKey = normalizeApiKey(rawApiKey);
  const label = PROVIDER_LABELS[provider];
  const page = PROVIDER_KEY_PAGES[provider];
  const format = FORMATS[provider];
  const fail = (problem: KeyFormatProblem, message: string): KeyFormatResult => ({ ok: false, problem, message });

  if (apiKey.length === 0) return fail("empty", `Paste your ${label} API key.`);
  if (/\s/.test(apiKey)) {
    return fail("whitespace", "The key contains spaces or line breaks. Copy it again without any surrounding text.");
  }
  if (/^["'`]|["'`]$/.test(apiKey)) return fail("quoted", "Remove the quotation marks around the key.");
  if (!apiKey.startsWith(format.prefix)) {
    const other = otherProviderOf(apiKey, provider);
    if (other) {
      return fail(
        "other_provider",
        `This key is for ${PROVIDER_LABELS[other]}. Choose ${PROVIDER_LABELS[other]} as the provider, or paste your ${label} key instead.`,
      );
    }
    return fail("wrong_prefix", `${label} keys start with "${format.prefix}". Create one at ${page}.`);
  }
  const rule = format.versioned && apiKey.startsWith(format.versioned.prefix) ? format.versioned : format;
  const body = apiKey.slice(rule.prefix.length);
  const expected = `"${rule.prefix}" followed by ${rule.body.describe}`;
  if (body.length > 0 && !rule.body.chars.test(body)) {
    return fail("bad_characters", `This doesn't look like a key from ${label}: it should be ${expected}. Copy it again from ${page}.`);
  }
  if (body.length < rule.body.minLength) {
    return fail("too_short", `This ${label} key looks cut off: it should be ${expected}. Copy the whole key again.`);
  }
  if (rule.body.length !== undefined && body.length > rule.body.length) {
    return fail("too_long", `This key is longer than a ${label} key: it should be ${expected}. Copy only the key from ${page}.`);
  }
  return { ok: true };
}

function otherProviderOf(apiKey: string, provider: ByokProvider): ByokProvider | undefined {
  const entries = Object.entries(FORMATS) as [ByokProvider, KeyFormat][];
  return entries.find(([name, format]) => name !== provider && apiKey.startsWith(format.prefix))?.[0];
}
