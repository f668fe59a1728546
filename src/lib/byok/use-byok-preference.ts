import { useSyncExternalStore } from "react";
import type { ByokProvider } from "../vault/byok-provider";
import { byokPreference, subscribeToByokPreference } from "./byok-preference";

/** The provider the user's sends go to with their own key, or null; re-renders when Settings changes it. */
export function useByokPreference(): ByokProvider | null {
  return useSyncExternalStore(subscribeToByokPreference, byokPreference, () => null);
}
