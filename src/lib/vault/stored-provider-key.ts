// The vault's per-provider entry as stored in IndexedDB. Only `record` is
// secret; savedAt and keyHint stay in the clear so the settings page can list
// saved keys without decrypting anything.

import { isByokProvider, type ByokProvider } from "./byok-provider.ts";
import { isEncryptedRecord, type EncryptedRecord } from "./crypto.ts";

export interface StoredProviderKey {
  provider: ByokProvider;
  /** Epoch milliseconds. */
  savedAt: number;
  /** Last 4 characters of the key, as provider dashboards show them. */
  keyHint: string;
  record: EncryptedRecord;
}

const ID_PREFIX = "provider:";

export function providerKeyId(provider: ByokProvider): string {
  return `${ID_PREFIX}${provider}`;
}

export function isProviderKeyId(id: string): boolean {
  return id.startsWith(ID_PREFIX);
}

/** Binds a ciphertext to its provider slot: a record copied into another slot fails to decrypt. */
export function additionalDataFor(provider: ByokProvider): string {
  return `guarded-chat-vault/v1/${provider}`;
}

export function isStoredProviderKey(value: unknown): value is StoredProviderKey {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    isByokProvider(entry.provider) &&
    typeof entry.savedAt === "number" &&
    typeof entry.keyHint === "string" &&
    isEncryptedRecord(entry.record)
  );
}
