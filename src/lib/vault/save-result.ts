// Outcomes of Vault.save. Expected user mistakes are results, not exceptions,
// so the settings form can show `message` next to the input; storage and
// crypto faults still throw VaultError.

import { PROVIDER_KEY_PAGES, PROVIDER_LABELS, type ByokProvider } from "./byok-provider.ts";

/** Resolves true when the provider accepts the key (e.g. its models endpoint answers 200). */
export type LiveCheck = (apiKey: string) => Promise<boolean>;

export interface SavedKeySummary {
  provider: ByokProvider;
  savedAt: number;
  /** Last 4 characters of the key only. */
  keyHint: string;
}

type SaveFailureReason = "invalid_format" | "rejected_by_provider" | "provider_unreachable";

export type SaveResult =
  { ok: true; saved: SavedKeySummary } | { ok: false; reason: SaveFailureReason; message: string };

/** Runs the live check; returns the failure to report, or undefined when the key works. */
export async function liveCheckFailure(
  provider: ByokProvider,
  apiKey: string,
  liveCheck: LiveCheck,
): Promise<Extract<SaveResult, { ok: false }> | undefined> {
  const label = PROVIDER_LABELS[provider];
  let accepted: boolean;
  try {
    accepted = await liveCheck(apiKey);
  } catch {
    // The thrown error may quote the request (and so the key): don't keep it.
    return {
      ok: false,
      reason: "provider_unreachable",
      message: `Couldn't reach ${label} to verify the key. Check your connection and try again.`,
    };
  }
  if (accepted) return undefined;
  return {
    ok: false,
    reason: "rejected_by_provider",
    message: `${label} didn't accept this key. It may have been revoked or mistyped; create a new one at ${PROVIDER_KEY_PAGES[provider]}.`,
  };
}
