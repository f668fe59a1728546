import { loadDevSession, saveDevSession, type DevProfile, type DevSession } from "./dev-session";

// Fetch a new token this long before the old one expires, so a request in
// flight never carries a token that dies on the way.
export const REFRESH_MARGIN_MS = 60_000;

/** True when the stored token cannot be used as is: Convex asked for a fresh one, or it is (nearly) expired. */
export function needsNewToken(session: Pick<DevSession, "expiresAt">, now: number, forceRefresh: boolean): boolean {
  return forceRefresh || session.expiresAt - now <= REFRESH_MARGIN_MS;
}

type TokenResponse = { token: string; expiresIn: number };

function isTokenResponse(value: unknown): value is TokenResponse {
  const v = value as Partial<TokenResponse> | null;
  return typeof v?.token === "string" && typeof v.expiresIn === "number" && v.expiresIn > 0;
}

export type DevTokenSourceOptions = {
  issuerUrl: string;
  storage: Storage;
  fetchFn?: typeof fetch;
  now?: () => number;
};

/**
 * The dev sign-in's session: asks the offline issuer for RS256 tokens, keeps
 * the session in sessionStorage, and hands Convex a token, refreshing it when
 * forced or near expiry. One refresh at a time: concurrent callers share it.
 */
export function createDevTokenSource({ issuerUrl, storage, fetchFn = fetch, now = Date.now }: DevTokenSourceOptions) {
  let session = loadDevSession(storage);
  let refreshing: Promise<string | null> | null = null;
  const listeners = new Set<() => void>();

  const setSession = (next: DevSession | null) => {
    session = next;
    saveDevSession(storage, next);
    for (const listener of listeners) listener();
  };

  async function requestToken(profile: DevProfile): Promise<TokenResponse> {
    const response = await fetchFn(`${issuerUrl.replace(/\/+$/, "")}/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(profile),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok || !isTokenResponse(body))
      throw new Error(`The offline sign-in server answered HTTP ${response.status}.`);
    return body;
  }

  async function refresh(current: DevSession): Promise<string | null> {
    try {
      const { token, expiresIn } = await requestToken(current.profile);
      // Signed out or switched user meanwhile: this token belongs to no one now.
      if (session?.id !== current.id) return null;
      setSession({ ...current, token, expiresAt: now() + expiresIn * 1000 });
      return token;
    } catch {
      return null; // Convex treats null as "signed out" and the app goes to sign-in.
    }
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Stable between sign-ins (token refreshes keep it), for useSyncExternalStore. */
    sessionId: (): string | null => session?.id ?? null,
    profile: (): DevProfile | null => session?.profile ?? null,

    async signIn(profile: DevProfile): Promise<void> {
      const { token, expiresIn } = await requestToken(profile);
      setSession({
        id: `${now()}-${Math.random().toString(36).slice(2)}`,
        profile,
        token,
        expiresAt: now() + expiresIn * 1000,
      });
    },

    signOut(): void {
      refreshing = null;
      setSession(null);
    },

    /** Convex's fetchAccessToken: the stored token, or a fresh one when forced or near expiry. */
    token(forceRefresh: boolean): Promise<string | null> {
      const current = session;
      if (!current) return Promise.resolve(null);
      if (!needsNewToken(current, now(), forceRefresh)) return Promise.resolve(current.token);
      refreshing ??= refresh(current).finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
  };
}

export type DevTokenSource = ReturnType<typeof createDevTokenSource>;
