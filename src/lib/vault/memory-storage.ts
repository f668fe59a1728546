import type { StorageLike } from "./byok-spend";

/** A Storage stand-in in memory: where localStorage is missing or blocked, and in tests. */
export function createMemoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
