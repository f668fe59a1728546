// Fake secrets for tests, assembled from parts so that secret scanners (push
// protection, CI scanners) don't flag this repository for test data.

const alnum = (length: number) => "aB3".repeat(Math.ceil(length / 3)).slice(0, length);
const hex = (length: number) => "0f9e".repeat(Math.ceil(length / 4)).slice(0, length);

export const FAKE_SECRETS = {
  groq: "gsk" + "_" + alnum(52),
  openrouter: "sk-or" + "-v1-" + hex(64),
  openrouterOther: "sk-or" + "-" + alnum(30),
  clerkLive: "sk_" + "live_" + alnum(40),
  clerkTest: "sk_" + "test_" + alnum(40),
  e2b: "e2b" + "_" + hex(40),
  openai: "sk-" + "proj-" + alnum(48),
  jwt: "eyJ" + "hbGciOiJIUzI1NiJ9" + ".eyJ" + "zdWIiOiJ1c2VyXzEyMyJ9" + "." + alnum(43),
  pem: ["-----BEGIN " + "PRIVATE KEY-----", alnum(64), alnum(64), "-----END " + "PRIVATE KEY-----"].join("\n"),
  rsaPem: ["-----BEGIN RSA " + "PRIVATE KEY-----", alnum(64), "-----END RSA " + "PRIVATE KEY-----"].join("\n"),
} as const;
