import { useId } from "react";
import { setByokPreference } from "@/lib/byok/byok-preference";
import { useByokPreference } from "@/lib/byok/use-byok-preference";
import { PROVIDER_LABELS, type ByokProvider } from "@/lib/vault/byok-provider";

/** Which key pays for my messages: the service's (default) or one of my saved ones. */
export function UseOwnKeySection({ savedProviders }: { savedProviders: readonly ByokProvider[] }) {
  const current = useByokPreference();
  const toggleId = useId();
  const selectId = useId();
  const usable = savedProviders.length > 0;
  const chosen = current && savedProviders.includes(current) ? current : null;

  return (
    <section className="settings-section" aria-labelledby={`${toggleId}-title`}>
      <h2 id={`${toggleId}-title`}>Use my own key</h2>
      <p className="muted">
        Your messages are then answered with your key and billed to your provider account: no daily budget from us
        applies, only your own limit below. The key is sent with each request and never stored on our servers.
      </p>
      <div className="settings-toggle">
        <input
          id={toggleId}
          type="checkbox"
          role="switch"
          checked={chosen !== null}
          disabled={!usable}
          onChange={(event) => setByokPreference(event.target.checked ? (savedProviders[0] ?? null) : null)}
          data-testid="byok-use-toggle"
        />
        <label htmlFor={toggleId}>Use my own key for my messages</label>
        <span className="muted" aria-hidden="true" data-testid="byok-use-state">
          {chosen ? "On" : "Off"}
        </span>
      </div>
      {!usable && <p className="muted">Save a key above first.</p>}
      {chosen && savedProviders.length > 1 && (
        <>
          <label htmlFor={selectId}>Provider</label>
          <select
            id={selectId}
            value={chosen}
            onChange={(event) => setByokPreference(event.target.value as ByokProvider)}
            data-testid="byok-use-provider"
          >
            {savedProviders.map((provider) => (
              <option key={provider} value={provider}>
                {PROVIDER_LABELS[provider]}
              </option>
            ))}
          </select>
        </>
      )}
      {chosen && (
        <p className="form-ok" role="status" data-testid="byok-in-use">
          Your messages use your {PROVIDER_LABELS[chosen]} key.
        </p>
      )}
    </section>
  );
}
