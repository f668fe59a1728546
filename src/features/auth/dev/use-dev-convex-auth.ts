import { useCallback, useMemo, useSyncExternalStore } from "react";
import { useDevTokenSource } from "./dev-token-source-context";

function useDevSessionId(): string | null {
  const source = useDevTokenSource();
  return useSyncExternalStore(source.subscribe, source.sessionId);
}

/** The adapter's useIsSignedIn: a dev session exists in this tab. */
export function useDevIsSignedIn(): boolean {
  return useDevSessionId() !== null;
}

/**
 * The `useAuth` hook ConvexProviderWithAuth calls. Its fetchAccessToken
 * changes identity only when the person changes (sign-in, sign-out), never on
 * a token refresh: a new function makes Convex re-authenticate from scratch.
 */
export function useDevConvexAuth() {
  const source = useDevTokenSource();
  const sessionId = useDevSessionId();

  const fetchAccessToken = useCallback(
    // `sessionId` is read so that each signed-in person gets their own function.
    ({ forceRefreshToken }: { forceRefreshToken: boolean }) =>
      sessionId ? source.token(forceRefreshToken) : Promise.resolve(null),
    [source, sessionId],
  );

  return useMemo(
    () => ({ isLoading: false, isAuthenticated: sessionId !== null, fetchAccessToken }),
    [sessionId, fetchAccessToken],
  );
}
