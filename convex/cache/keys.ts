import { normaliseTurns, type CacheTurn } from "./normalise";

// Bump when normalisation changes, so old keys simply stop matching.
const KEY_VERSION = 1;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The exact tier's key: SHA-256 of the model chain and every normalised turn (context + prompt). */
export function exactKeyOf(chain: readonly string[], turns: readonly CacheTurn[]): Promise<string> {
  return sha256Hex(JSON.stringify({ v: KEY_VERSION, tier: "exact", chain, turns: normaliseTurns(turns) }));
}

/**
 * The semantic tier's context key: the chain and the turns BEFORE the prompt.
 * A semantic match needs an identical (normalised) context; only the last
 * prompt is compared by meaning.
 */
export function contextKeyOf(chain: readonly string[], turns: readonly CacheTurn[]): Promise<string> {
  return sha256Hex(
    JSON.stringify({ v: KEY_VERSION, tier: "context", chain, turns: normaliseTurns(turns.slice(0, -1)) }),
  );
}
