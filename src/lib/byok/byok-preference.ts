// "Use my own key" and for which provider: a per-browser choice, kept in
// localStorage (it names a provider, never a key). Settings writes it; the
// chat reads it on every send.

import { createStoredSetting } from "../stored-setting";
import { isByokProvider, type ByokProvider } from "../vault/byok-provider";

const BYOK_PREFERENCE_KEY = "guarded-chat:byok-use:v1";
const setting = createStoredSetting(BYOK_PREFERENCE_KEY);

/** The provider whose key the user's sends use, or null for the deployment's keys. */
export function byokPreference(): ByokProvider | null {
  const stored = setting.read();
  return isByokProvider(stored) ? stored : null;
}

export const setByokPreference = (provider: ByokProvider | null): void => setting.write(provider);

/** Another tab changing the choice counts too. */
export const subscribeToByokPreference = setting.subscribe;
