import { useCallback, useEffect, useState } from "react";
import { byokPreference, setByokPreference } from "@/lib/byok/byok-preference";
import { byokVault } from "@/lib/byok/byok-runtime";
import { liveCheckFor } from "@/lib/byok/live-check";
import { track } from "@/lib/monitoring/posthog";
import type { ByokProvider } from "@/lib/vault/byok-provider";
import type { SavedKeySummary } from "@/lib/vault/save-result";
import { vaultFailureMessage } from "./vault-messages";

type SaveOutcome = { ok: true } | { ok: false; message: string };

export type SavedKeys = {
  /** null while loading. */
  keys: SavedKeySummary[] | null;
  problem: string | null;
  save(provider: ByokProvider, apiKey: string): Promise<SaveOutcome>;
  remove(provider: ByokProvider): Promise<void>;
};

/** The vault's saved keys (hints only) and the actions on them. */
export function useSavedKeys(): SavedKeys {
  const [keys, setKeys] = useState<SavedKeySummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Bumped after a save or remove: the list is read again.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    byokVault()
      .list()
      .then(
        (listed) => {
          if (!current) return;
          setKeys(listed);
          setProblem(null);
        },
        (error: unknown) => {
          if (!current) return;
          setKeys([]);
          setProblem(vaultFailureMessage(error));
        },
      );
    return () => {
      current = false;
    };
  }, [version]);

  const save = useCallback(
    async (provider: ByokProvider, apiKey: string): Promise<SaveOutcome> => {
      try {
        // Format check, then the live check (GET /models), and only then encrypt and store.
        const result = await byokVault().save(provider, apiKey, liveCheckFor(provider));
        if (!result.ok) return { ok: false, message: result.message };
      } catch (error) {
        return { ok: false, message: vaultFailureMessage(error) };
      }
      track("key_saved", { provider });
      refresh();
      return { ok: true };
    },
    [refresh],
  );

  const remove = useCallback(
    async (provider: ByokProvider) => {
      try {
        await byokVault().remove(provider);
      } catch (error) {
        setProblem(vaultFailureMessage(error));
        return;
      }
      // Sends must not keep asking for a key that is gone.
      if (byokPreference() === provider) setByokPreference(null);
      refresh();
    },
    [refresh],
  );

  return { keys, problem, save, remove };
}
