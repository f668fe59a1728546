// A stable, non-secret name for an API key, used in state, logs and alerts
// instead of the key itself. FNV-1a (32-bit) is synchronous and dependency
// free; 32 bits of a hash of a high-entropy key reveal nothing usable, and a
// collision between two of our own handful of keys is vanishingly unlikely.
import type { ProviderName } from "./provider-name";

export function keyIdFor(provider: ProviderName, key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${provider}-${(hash >>> 0).toString(16).padStart(8, "0")}`;
}
