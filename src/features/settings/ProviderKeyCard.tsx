import { useId, useState, type FormEvent } from "react";
import { providerEntry } from "@rules/providers";
import { PROVIDER_KEY_PAGES, PROVIDER_LABELS, type ByokProvider } from "@/lib/vault/byok-provider";
import type { SavedKeySummary } from "@/lib/vault/save-result";
import { LinkedText } from "@/components/LinkedText";
import type { SavedKeys } from "./use-saved-keys";

type ProviderKeyCardProps = { provider: ByokProvider; saved: SavedKeySummary | undefined; vault: SavedKeys };

type Feedback = { kind: "error" | "ok"; text: string } | null;

/** One provider's key: the saved hint with Remove, or a form that checks a key before saving it. */
export function ProviderKeyCard({ provider, saved, vault }: ProviderKeyCardProps) {
  const label = PROVIDER_LABELS[provider];
  const inputId = useId();
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState<"saving" | "removing" | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault(); // never a real form submission: the key must not end up in a URL
    setBusy("saving");
    setFeedback(null);
    const outcome = await vault.save(provider, draft);
    setBusy(null);
    if (outcome.ok) {
      setDraft("");
      setFeedback({ kind: "ok", text: `${label} accepted the key. It is saved, encrypted, in this browser.` });
    } else {
      setFeedback({ kind: "error", text: outcome.message });
    }
  }

  async function onRemove() {
    setBusy("removing");
    setFeedback(null);
    await vault.remove(provider);
    setBusy(null);
    setFeedback({ kind: "ok", text: `Your ${label} key was removed from this browser.` });
  }

  return (
    <article className="card settings-key" data-testid={`byok-card-${provider}`} data-saved={saved !== undefined}>
      <h3 className="settings-key__title">{label}</h3>
      {saved ? (
        <div className="settings-key__saved">
          <p data-testid={`byok-saved-${provider}`}>
            Key ending in <code data-testid={`byok-hint-${provider}`}>{saved.keyHint}</code>, saved{" "}
            {new Date(saved.savedAt).toLocaleDateString()}.
          </p>
          <button
            type="button"
            className="button button--danger button--small"
            onClick={() => void onRemove()}
            disabled={busy !== null}
            aria-busy={busy === "removing"}
            data-testid={`byok-remove-${provider}`}
          >
            Remove
          </button>
        </div>
      ) : (
        <form
          method="post"
          onSubmit={(event) => void onSubmit(event)}
          className="settings-key__form"
          aria-busy={busy === "saving"}
        >
          <label htmlFor={inputId}>{label} API key</label>
          <input
            id={inputId}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder={`${providerEntry(provider).key.prefix}…`}
            data-testid={`byok-key-input-${provider}`}
          />
          <p className="muted settings-key__hint">
            Create one at{" "}
            <a
              href={`https://${PROVIDER_KEY_PAGES[provider]}`}
              target="_blank"
              rel="noreferrer noopener"
              data-testid={`byok-console-${provider}`}
            >
              {PROVIDER_KEY_PAGES[provider]}
            </a>
            . It is checked with {label} (listing models, free) before it is saved.
          </p>
          <button
            type="submit"
            className="button button--primary"
            disabled={busy !== null || draft.trim() === ""}
            data-testid={`byok-save-${provider}`}
          >
            {busy === "saving" ? `Checking with ${label}…` : "Save key"}
          </button>
        </form>
      )}
      {feedback && (
        <p
          className={feedback.kind === "error" ? "form-error" : "form-ok"}
          role={feedback.kind === "error" ? "alert" : "status"}
          data-testid={`byok-feedback-${provider}`}
          data-kind={feedback.kind}
        >
          <LinkedText text={feedback.text} />
        </p>
      )}
    </article>
  );
}
