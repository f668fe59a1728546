import { useId, useState, type FormEvent } from "react";
import { ROLES, TIERS, type Role, type Tier } from "@rules/entitlements";
import { DEV_SIGN_IN_MARKER, DEV_SIGN_IN_TEXT } from "@/config/dev-auth-marker";
import { useDevTokenSource } from "./dev-token-source-context";

/**
 * Offline sign-in: pick any name, email, plan and role. The marker attribute lets
 * `validate:production` and the e2e suite prove production bundles lack it.
 */
export function DevSignInForm() {
  const source = useDevTokenSource();
  const [name, setName] = useState(() => source.profile()?.name ?? "");
  const [email, setEmail] = useState(() => source.profile()?.email ?? "");
  const [tier, setTier] = useState<Tier>("free");
  const [role, setRole] = useState<Role>("user");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { name: useId(), email: useId(), tier: useId(), role: useId(), error: useId(), title: useId() };

  function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    // On success Convex confirms the token and the sign-in route redirects.
    source
      .signIn({ name: name.trim(), tier, role, ...(email.trim() ? { email: email.trim() } : {}) })
      .catch((cause: unknown) => {
        setError(`Could not reach the offline sign-in server. Is \`npm run dev\` running? (${String(cause)})`);
        setBusy(false);
      });
  }

  return (
    <form
      className="card auth-card"
      onSubmit={submit}
      aria-labelledby={ids.title}
      aria-describedby={error ? ids.error : undefined}
      data-marker={DEV_SIGN_IN_MARKER}
      data-testid="dev-signin-form"
    >
      <p className="dev-banner" role="note" data-testid="dev-signin-banner">
        {DEV_SIGN_IN_TEXT} (offline stack)
      </p>
      <h1 id={ids.title} className="auth-card__title">
        Sign in to Guarded AI chat
      </h1>
      <p className="muted">No password: this local stack signs a token for whoever you say you are.</p>

      <label htmlFor={ids.name}>Name</label>
      <input
        id={ids.name}
        name="name"
        required
        maxLength={80}
        autoComplete="nickname"
        autoFocus
        value={name}
        onChange={(event) => setName(event.target.value)}
        data-testid="dev-signin-name"
      />

      <label htmlFor={ids.email}>Email (optional; one in ADMIN_EMAILS signs in as admin)</label>
      <input
        id={ids.email}
        name="email"
        type="email"
        maxLength={120}
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        data-testid="dev-signin-email"
      />

      <label htmlFor={ids.tier}>Plan</label>
      <select
        id={ids.tier}
        value={tier}
        onChange={(event) => setTier(event.target.value as Tier)}
        data-testid="dev-signin-tier"
      >
        {TIERS.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>

      <label htmlFor={ids.role}>Role</label>
      <select
        id={ids.role}
        value={role}
        onChange={(event) => setRole(event.target.value as Role)}
        data-testid="dev-signin-role"
      >
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>

      {error && (
        <p id={ids.error} className="form-error" role="alert" data-testid="dev-signin-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={busy || name.trim() === ""}
        aria-busy={busy}
        data-testid="dev-signin-submit"
      >
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
