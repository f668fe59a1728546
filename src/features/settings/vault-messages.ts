import { VaultError } from "@/lib/vault/vault-error";

/** What to tell the user when the vault itself fails. VaultError messages are fixed and written for users. */
export function vaultFailureMessage(error: unknown): string {
  return error instanceof VaultError
    ? error.message
    : "Saved keys are unavailable in this browser right now. Reload and try again.";
}
