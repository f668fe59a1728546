// A user's own keys, their "Use my own key" choice and their own spend limit
// and record live in this browser (IndexedDB and localStorage), not on the
// server. They belong to one signed-in user: signing out forgets them, and
// so does signing in as anyone other than the user who left them (a session
// that expired, another account on a shared computer). Cleared rather than
// kept per user id, so a signed-out browser holds no one's key at all.

import { createStoredSetting } from "../stored-setting";
import { setByokPreference } from "./byok-preference";
import { byokSpendTracker, byokVault } from "./byok-runtime";

const BYOK_OWNER_KEY = "guarded-chat:byok-owner:v1";
const owner = createStoredSetting(BYOK_OWNER_KEY);

/**
 * Forgets the saved keys (and the vault key), the own-key choice, and the own
 * spend limit and record. Never throws: sign-out must go on even when a
 * storage refuses (blocked storage cannot have kept anything either).
 */
async function forgetByokState(): Promise<void> {
  setByokPreference(null); // swallows storage errors itself
  try {
    byokSpendTracker().clear();
  } catch {
    // localStorage blocked: the tracker's record could not have been written there.
  }
  try {
    await byokVault().clear();
  } catch {
    // No usable IndexedDB: nothing can have been saved there.
  }
}

/** On sign-in, before the app uses any of it: keeps the state only when `userId` left it. */
export async function claimByokStateFor(userId: string): Promise<void> {
  if (owner.read() === userId) return;
  await forgetByokState();
  owner.write(userId);
}

/** On sign-out. */
export async function forgetByokOnSignOut(): Promise<void> {
  owner.write(null);
  await forgetByokState();
}
