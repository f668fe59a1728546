// The vault's own AES-GCM key: generated once per browser profile, stored as a
// CryptoKey object in IndexedDB, and created non-extractable so no script
// (ours, an extension's, or an XSS payload) can read its bytes: it can only
// ask WebCrypto to use it while running on this origin.

import type { KeyStore } from "./key-store.ts";
import { VaultError } from "./vault-error.ts";

export const VAULT_KEY_ID = "vault-key";

export async function loadOrCreateVaultKey(store: KeyStore, webCrypto: Crypto): Promise<CryptoKey> {
  const existing = await store.get(VAULT_KEY_ID);
  if (existing !== undefined) return asVaultKey(existing);

  const generated = await webCrypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
  // Another tab may have created the key since our read; keep whichever was
  // stored first so ciphertexts from both tabs stay decryptable.
  return asVaultKey(await store.putIfAbsent(VAULT_KEY_ID, generated));
}

// Duck-typed rather than `instanceof CryptoKey`: an injected Crypto may come
// from another realm whose CryptoKey class differs from this global's.
function asVaultKey(value: unknown): CryptoKey {
  const key = value as Partial<CryptoKey> | null;
  const algorithm = key?.algorithm as Partial<AesKeyAlgorithm> | undefined;
  if (key?.type === "secret" && algorithm?.name === "AES-GCM" && algorithm.length === 256) {
    return value as CryptoKey;
  }
  throw new VaultError("key_unavailable");
}
