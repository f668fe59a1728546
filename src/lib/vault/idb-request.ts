// Promise adapters for IndexedDB's event-based requests. Every failure maps to
// VaultError("storage_unavailable"): callers can't do anything more specific
// with a QuotaExceededError than tell the user storage is unavailable.

import { VaultError } from "./vault-error.ts";

export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new VaultError("storage_unavailable", { cause: request.error }));
  });
}

/** Resolves when the transaction commits: only then is a write durable. */
export function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(new VaultError("storage_unavailable", { cause: transaction.error }));
    transaction.onabort = () => reject(new VaultError("storage_unavailable", { cause: transaction.error }));
  });
}
