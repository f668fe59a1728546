// The offline stack's dev sign-in issuer signs a token for whoever asks, so
// it may only ever be trusted on a developer's own machine. A URL on a
// loopback host cannot be reached from anywhere else; anything else (a typo,
// a tunnel, a cloud deployment with DEV_AUTH_ISSUER set by mistake) is
// ignored by both auth.config.ts and users.me.ensure.

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** True for http(s) URLs whose host is 127.0.0.1, localhost or [::1], with no user info. */
export function isLoopbackUrl(raw: string | undefined): raw is string {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  const httpLike = url.protocol === "http:" || url.protocol === "https:";
  return httpLike && url.username === "" && url.password === "" && LOOPBACK_HOSTS.has(url.hostname);
}

/** DEV_AUTH_ISSUER when it is a loopback URL, else undefined: the only dev issuer anything may trust. */
export function trustedDevIssuer(env: Record<string, string | undefined> = process.env): string | undefined {
  const issuer = env.DEV_AUTH_ISSUER;
  return isLoopbackUrl(issuer) ? issuer : undefined;
}
