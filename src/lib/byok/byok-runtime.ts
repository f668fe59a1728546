// One vault and one spend tracker per page, shared by Settings and the chat.

import { createByokSpendTracker, type ByokSpendTracker, type StorageLike } from "../vault/byok-spend";
import { createMemoryStorage } from "../vault/memory-storage";
import { createVault, type Vault } from "../vault/vault";

let vault: Vault | undefined;
let tracker: ByokSpendTracker | undefined;

export function byokVault(): Vault {
  vault ??= createVault();
  return vault;
}

export function byokSpendTracker(): ByokSpendTracker {
  tracker ??= createByokSpendTracker(spendStorage());
  return tracker;
}

// Without localStorage the limit still applies for this page's life.
function spendStorage(): StorageLike {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // blocked
  }
  return createMemoryStorage();
}
