// Catches secrets of unknown vendors: a variable named like a credential whose
// value is long and random-looking. Names saying PUBLIC/PUBLISHABLE are
// public by design (Clerk pk_…, PostHog phc_…) and skipped.
const CREDENTIAL_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|(?:^|_)KEYS?(?:_|$)/;
const PUBLIC_NAME = /PUBLIC|PUBLISHABLE/;
const MIN_LENGTH = 24;
// Token alphabets (base64/base62/hex); URLs, emails and prose contain other
// characters, and a random token of this length all but surely mixes digits
// and letters where slugs like "enable-new-composer" do not.
const TOKEN_CHARACTERS = /^[A-Za-z0-9_+/=.-]+$/;
const DIGIT_AND_LETTER = /(?=.*\d)(?=.*[A-Za-z])/;
// Bits per character: 32 random hex digits score ~3.8, base62 ~4.5+.
const MIN_ENTROPY = 3.5;

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAME.test(name) && !PUBLIC_NAME.test(name);
}

export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const share = count / text.length;
    entropy -= share * Math.log2(share);
  }
  return entropy;
}

export function looksLikeGenericSecret(name: string, value: string): boolean {
  return (
    isCredentialName(name) &&
    value.length >= MIN_LENGTH &&
    TOKEN_CHARACTERS.test(value) &&
    DIGIT_AND_LETTER.test(value) &&
    shannonEntropy(value) >= MIN_ENTROPY
  );
}
