// Shapes of the secrets this project handles. Each needs a long tail after
// the prefix so minified code (`gsk_`, `sk_` identifiers) is not a finding.
const SECRET_VALUE_PATTERNS: readonly { label: string; pattern: RegExp }[] = [
  { label: "Groq API key (gsk_…)", pattern: /gsk_[A-Za-z0-9]{20,}/ },
  { label: "OpenRouter API key (sk-or-…)", pattern: /sk-or-(?:v1-)?[A-Za-z0-9]{20,}/ },
  { label: "Clerk secret key (sk_live_…)", pattern: /sk_live_[A-Za-z0-9]{20,}/ },
  { label: "Clerk secret key (sk_test_…)", pattern: /sk_test_[A-Za-z0-9]{20,}/ },
  { label: "E2B API key (e2b_…)", pattern: /e2b_[A-Za-z0-9]{20,}/ },
  { label: "Sentry auth token (sntrys_…/sntryu_…)", pattern: /sntry[su]_[A-Za-z0-9+/=_-]{20,}/ },
  { label: "Convex deploy key", pattern: /\b(?:prod|preview|dev):[a-z0-9-]+\|[A-Za-z0-9+/=]{20,}/ },
  { label: "private key (-----BEGIN … PRIVATE KEY-----)", pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/ },
];

// The label of the first secret shape found in `text`; never the match.
export function findSecretShape(text: string): string | undefined {
  return SECRET_VALUE_PATTERNS.find(({ pattern }) => pattern.test(text))?.label;
}
