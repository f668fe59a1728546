// A per-browser setting in localStorage that components can subscribe to
// (useSyncExternalStore): same-tab writes notify directly, other tabs'
// writes arrive as `storage` events. Blocked storage degrades to "unset".

type Listener = () => void;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function createStoredSetting(key: string) {
  const listeners = new Set<Listener>();
  return {
    read: (): string | null => storage()?.getItem(key) ?? null,
    /** `null` removes the setting. */
    write(value: string | null): void {
      try {
        if (value === null) storage()?.removeItem(key);
        else storage()?.setItem(key, value);
      } catch {
        // Storage full or blocked: the choice holds for this page only; listeners re-read.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      const onStorage = (event: StorageEvent) => event.key === key && listener();
      globalThis.addEventListener?.("storage", onStorage);
      return () => {
        listeners.delete(listener);
        globalThis.removeEventListener?.("storage", onStorage);
      };
    },
  };
}
