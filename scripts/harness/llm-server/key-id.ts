/**
 * A stable, non-secret identifier for an API key: "key_" + the first 8 hex
 * characters of sha256(key). Logs and fault rules use it so that the key
 * itself is never stored. Uses Web Crypto (not node:crypto) so the same
 * function runs in Node, the browser and Convex's V8 runtime.
 */
export async function keyIdOf(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  const hex = Array.from(new Uint8Array(digest).subarray(0, 4), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `key_${hex}`;
}
