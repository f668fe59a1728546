import { BYOK_PROVIDERS } from "@/lib/vault/byok-provider";
import { ByokLimitSection } from "./ByokLimitSection";
import { CustomInstructionsSection } from "./CustomInstructionsSection";
import { PrivacySection } from "./PrivacySection";
import { ProviderKeyCard } from "./ProviderKeyCard";
import { UseOwnKeySection } from "./UseOwnKeySection";
import { useSavedKeys } from "./use-saved-keys";
import { YourDataSection } from "./YourDataSection";
import "./settings.css";

/** Settings: bring-your-own-key vault, which key my messages use, my own daily limit, and privacy. */
export function SettingsPage() {
  const vault = useSavedKeys();
  const savedProviders = BYOK_PROVIDERS.filter((provider) => vault.keys?.some((key) => key.provider === provider));

  return (
    <main className="page settings-page" id="main" data-testid="settings-page">
      <h1>Settings</h1>
      <section className="settings-section" aria-labelledby="settings-keys-title">
        <h2 id="settings-keys-title">Your API keys</h2>
        <p className="muted">
          Keys are encrypted (AES-GCM) with a key that never leaves this browser and stored only here; you see the last
          four characters. Anyone who can run code on this page could still use them, so only save keys on your own
          device.
        </p>
        {vault.problem && (
          <p className="form-error" role="alert" data-testid="byok-vault-problem">
            {vault.problem}
          </p>
        )}
        {vault.keys === null ? (
          <p className="muted" role="status">
            Loading saved keys…
          </p>
        ) : (
          <div className="settings-keys">
            {BYOK_PROVIDERS.map((provider) => (
              <ProviderKeyCard
                key={provider}
                provider={provider}
                saved={vault.keys?.find((key) => key.provider === provider)}
                vault={vault}
              />
            ))}
          </div>
        )}
      </section>
      <UseOwnKeySection savedProviders={savedProviders} />
      <ByokLimitSection />
      <CustomInstructionsSection />
      <PrivacySection />
      <YourDataSection />
    </main>
  );
}
