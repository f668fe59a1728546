// "Use my own key" and for which provider: a per-browser choice, kept in
// localStorage (it names a provider, never a key). Settings writes it; the
// chat reads it on every send.

import { isByokProvider, type ByokProvider } from "../vault/byok-provider";

export const BYOK_PREFERENCE_KEY = "guarded-chat:byok-use:v1";

type Listener = () => void;
const listeners = new Set<Listener>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The provider whose key the user's sends use, or null for the deployment's keys. */
export function byokPreference(): ByokProvider | null {
  const stored = storage()?.getItem(BYOK_PREFERENCE_KEY) ?? null;
  return isByokProvider(stored) ? stored : null;
}

export function setByokPreference(provider: ByokProvider | null): void {
  try {
    if (provider) storage()?.setItem(BYOK_PREFERENCE_KEY, provider);
    else storage()?.removeItem(BYOK_PREFERENCE_KEY);
  } catch {
    // Storage blocked: the preference cannot stick; listeners re-read and see that.
  }
  for (const listener of listeners) listener();
}

export function subscribeToByokPreference(listener: Listener): () => void {
  listeners.add(listener);
  // Another tab changing the choice counts too.
  const onStorage = (event: StorageEvent) => event.key === BYOK_PREFERENCE_KEY && listener();
  globalThis.addEventListener?.("storage", onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.("storage", onStorage);
  };
}
