// IndexedDB access for the vault: one database, one object store `keys`,
// string ids -> structured-cloned values. It holds both the vault's CryptoKey
// (IndexedDB is the only browser storage that can hold a CryptoKey object, so
// a non-extractable key survives reloads without ever existing as bytes) and
// the encrypted provider keys (see vault.ts for why those live here too).

import { requestResult, transactionDone } from "./idb-request.ts";
import { VaultError } from "./vault-error.ts";

const VAULT_DB_NAME = "guarded-chat-vault";
const VAULT_STORE_NAME = "keys";
const VAULT_DB_VERSION = 1;

export interface KeyStore {
  get(id: string): Promise<unknown>;
  put(id: string, value: unknown): Promise<void>;
  /** Stores `value` unless `id` exists; returns whichever value is stored afterwards. */
  putIfAbsent(id: string, value: unknown): Promise<unknown>;
  delete(id: string): Promise<void>;
  /** Removes every entry. */
  clear(): Promise<void>;
  entries(): Promise<Array<{ id: string; value: unknown }>>;
  close(): void;
}

export async function openKeyStore(factory: IDBFactory): Promise<KeyStore> {
  const db = await openDatabase(factory);
  // Another tab upgrading the schema waits for every open connection; closing
  // ours lets it proceed instead of hanging on `blocked`.
  db.onversionchange = () => db.close();
  const transaction = (mode: IDBTransactionMode) => {
    const tx = db.transaction(VAULT_STORE_NAME, mode);
    return { tx, store: tx.objectStore(VAULT_STORE_NAME) };
  };

  return {
    get: (id) => requestResult(transaction("readonly").store.get(id)),
    async put(id, value) {
      const { tx, store } = transaction("readwrite");
      store.put(value, id);
      await transactionDone(tx);
    },
    async putIfAbsent(id, value) {
      // Read and write in one readwrite transaction: IndexedDB serialises
      // those per store, so two tabs racing here cannot both write.
      // The add is issued from the get's success callback, not after an
      // await, because a transaction may auto-commit between microtasks.
      const { tx, store } = transaction("readwrite");
      let stored: unknown = value;
      const read = store.get(id);
      read.onsuccess = () => {
        if (read.result === undefined) store.add(value, id);
        else stored = read.result;
      };
      await transactionDone(tx);
      return stored;
    },
    async delete(id) {
      const { tx, store } = transaction("readwrite");
      store.delete(id);
      await transactionDone(tx);
    },
    async clear() {
      const { tx, store } = transaction("readwrite");
      store.clear();
      await transactionDone(tx);
    },
    entries: () => readAllEntries(transaction("readonly").store),
    close: () => db.close(),
  };
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(VAULT_DB_NAME, VAULT_DB_VERSION);
  } catch (cause) {
    // Some browsers throw synchronously when storage is disabled.
    return Promise.reject(new VaultError("storage_unavailable", { cause }));
  }
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(VAULT_STORE_NAME)) {
      request.result.createObjectStore(VAULT_STORE_NAME);
    }
  };
  return requestResult(request);
}

function readAllEntries(store: IDBObjectStore): Promise<Array<{ id: string; value: unknown }>> {
  const entries: Array<{ id: string; value: unknown }> = [];
  const cursorRequest = store.openCursor();
  return new Promise((resolve, reject) => {
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve(entries);
      entries.push({ id: String(cursor.key), value: cursor.value });
      cursor.continue();
    };
    cursorRequest.onerror = () => reject(new VaultError("storage_unavailable", { cause: cursorRequest.error }));
  });
}
