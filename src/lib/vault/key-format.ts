// Offline format checks for pasted provider keys. They catch copy/paste
// mistakes early with a message the user can act on; the injected live check
// in the vault remains the authority on whether a key actually works.
// Messages never echo the key.

import { perProvider, type KeyFormat } from "@rules/providers";
import { PROVIDER_KEY_PAGES, PROVIDER_LABELS, type ByokProvider } from "./byok-provider.ts";

/**
 * Secret-key shapes, shared with monitoring's scrubber: each provider's
 * `leakPattern` from the registry (looser than the format checks below: a
 * truncated key in a log line is still a leak, and a false positive while
 * scrubbing costs nothing), plus the other services' keys.
 * Not global (`g`), so `.test()` carries no `lastIndex` state between calls.
 */
export const KEY_PATTERNS: Readonly<Record<ByokProvider | "clerkSecret" | "e2b", RegExp>> = {
  ...perProvider((entry) => entry.key.leakPattern),
  clerkSecret: /sk_(?:live|test)_[A-Za-z0-9]{10,}/,
  e2b: /e2b_[A-Za-z0-9]{10,}/,
};

export type KeyFormatProblem =
  "empty" | "whitespace" | "quoted" | "other_provider" | "wrong_prefix" | "too_short" | "too_long" | "bad_characters";

export type KeyFormatResult = { ok: true } | { ok: false; problem: KeyFormatProblem; message: string };

const FORMATS: Record<ByokProvider, KeyFormat> = perProvider((entry) => entry.key);

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
    return fail(
      "bad_characters",
      `This doesn't look like a key from ${label}: it should be ${expected}. Copy it again from ${page}.`,
    );
  }
  if (body.length < rule.body.minLength) {
    return fail("too_short", `This ${label} key looks cut off: it should be ${expected}. Copy the whole key again.`);
  }
  if (rule.body.length !== undefined && body.length > rule.body.length) {
    return fail(
      "too_long",
      `This key is longer than a ${label} key: it should be ${expected}. Copy only the key from ${page}.`,
    );
  }
  return { ok: true };
}

function otherProviderOf(apiKey: string, provider: ByokProvider): ByokProvider | undefined {
  const entries = Object.entries(FORMATS) as [ByokProvider, KeyFormat][];
  return entries.find(([name, format]) => name !== provider && apiKey.startsWith(format.prefix))?.[0];
}
