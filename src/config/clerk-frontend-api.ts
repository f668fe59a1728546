// A Clerk publishable key is `pk_(test|live)_` + base64("<frontend-api-host>$").
// Decoding it tells us which host the browser will load clerk-js from and talk
// to, which the CSP must allow; a key that does not decode was pasted wrong.
const PUBLISHABLE_KEY = /^pk_(?:test|live)_([A-Za-z0-9+/=_-]+)$/;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

export function clerkFrontendApiFromPublishableKey(key: string): string | undefined {
  const encoded = PUBLISHABLE_KEY.exec(key)?.[1];
  if (encoded === undefined) return undefined;
  let decoded: string;
  try {
    decoded = atob(encoded.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    return undefined;
  }
  if (!decoded.endsWith("$")) return undefined;
  const host = decoded.slice(0, -1);
  return HOST.test(host) ? host : undefined;
}
