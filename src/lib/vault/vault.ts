// Bring-your-own-key vault: provider API keys encrypted at rest in the browser.
//
// Encrypted records live in IndexedDB next to the vault key rather than in
// localStorage: the key and its ciphertexts are then created, evicted and
// cleared together (a ciphertext that outlives its key is useless, and a
// "clear site data" wipes both), IndexedDB stores the record object as is
// (no JSON layer), and localStorage is the synchronous string store that
// debugging and analytics scripts most often read and dump whole.
//
// Threat model, honestly: this protects keys at rest (disk images, backups,
// other browser profiles, copied storage files). Script running on our origin
// can still ask the vault to decrypt, so XSS prevention remains the real guard.

import type { ByokProvider } from "./byok-provider.ts";
import { decrypt, encrypt } from "./crypto.ts";
import { checkKeyFormat, normalizeApiKey } from "./key-format.ts";
import { openKeyStore, type KeyStore } from "./key-store.ts";
import { liveCheckFailure, type LiveCheck, type SaveResult, type SavedKeySummary } from "./save-result.ts";
import {
  additionalDataFor,
  isProviderKeyId,
  isStoredProviderKey,
  providerKeyId,
  type StoredProviderKey,
} from "./stored-provider-key.ts";
import { VaultError } from "./vault-error.ts";
import { loadOrCreateVaultKey } from "./vault-key.ts";

export interface VaultOptions {
  indexedDB?: IDBFactory;
  crypto?: Crypto;
  now?: () => number;
}

export interface Vault {
  /** Format-checks, then live-checks, and only then encrypts and stores. */
  save(provider: ByokProvider, apiKey: string, liveCheck: LiveCheck): Promise<SaveResult>;
  load(provider: ByokProvider): Promise<string | undefined>;
  remove(provider: ByokProvider): Promise<void>;
  list(): Promise<SavedKeySummary[]>;
  /** Forgets every saved key and the vault key itself (sign-out, another user): nothing left to decrypt. */
  clear(): Promise<void>;
}

export function createVault(options: VaultOptions = {}): Vault {
  const webCrypto = options.crypto ?? globalThis.crypto;
  const now = options.now ?? Date.now;
  let vaultKey: Promise<CryptoKey> | undefined;

  async function withStore<T>(operation: (store: KeyStore) => Promise<T>): Promise<T> {
    // Node and some embedded webviews have no global indexedDB at all.
    const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    if (!factory) throw new VaultError("storage_unavailable");
    // A connection per operation: vault calls are rare, and a long-lived
    // connection would need reopening after `versionchange` closes it.
    const store = await openKeyStore(factory);
    try {
      return await operation(store);
    } finally {
      store.close();
    }
  }

  function getVaultKey(store: KeyStore): Promise<CryptoKey> {
    if (!webCrypto?.subtle) return Promise.reject(new VaultError("crypto_unavailable"));
    vaultKey ??= loadOrCreateVaultKey(store, webCrypto).catch((error: unknown) => {
      vaultKey = undefined; // let a later call retry after a transient failure
      throw error;
    });
    return vaultKey;
  }

  return {
    async save(provider, rawApiKey, liveCheck) {
      const format = checkKeyFormat(provider, rawApiKey);
      if (!format.ok) return { ok: false, reason: "invalid_format", message: format.message };
      const apiKey = normalizeApiKey(rawApiKey);
      const failure = await liveCheckFailure(provider, apiKey, liveCheck);
      if (failure) return failure;

      return withStore(async (store) => {
        const key = await getVaultKey(store);
        const record = await encrypt(key, apiKey, { additionalData: additionalDataFor(provider), crypto: webCrypto });
        const entry: StoredProviderKey = { provider, savedAt: now(), keyHint: apiKey.slice(-4), record };
        await store.put(providerKeyId(provider), entry);
        return { ok: true, saved: summarize(entry) };
      });
    },

    load: (provider) =>
      withStore(async (store) => {
        const entry = await store.get(providerKeyId(provider));
        if (entry === undefined) return undefined;
        if (!isStoredProviderKey(entry) || entry.provider !== provider) throw new VaultError("decrypt_failed");
        const key = await getVaultKey(store);
        return decrypt(key, entry.record, { additionalData: additionalDataFor(provider), crypto: webCrypto });
      }),

    remove: (provider) => withStore((store) => store.delete(providerKeyId(provider))),

    list: () =>
      withStore(async (store) =>
        (await store.entries())
          .filter(({ id }) => isProviderKeyId(id))
          .map(({ value }) => value)
          .filter(isStoredProviderKey)
          .map(summarize),
      ),

    async clear() {
      vaultKey = undefined;
      await withStore((store) => store.clear());
      vaultKey = undefined; // a save racing the clear must not keep encrypting with the deleted key
    },
  };
}

// Builds the summary field by field so the ciphertext can never ride along.
function summarize(entry: StoredProviderKey): SavedKeySummary {
  return { provider: entry.provider, savedAt: entry.savedAt, keyHint: entry.keyHint };
}
