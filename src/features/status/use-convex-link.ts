import { useConvex } from "convex/react";
import { useCallback, useSyncExternalStore } from "react";
import { convexLinkOf, type ConvexLink } from "./network-state";

const POLL_MS = 1_000;

/**
 * The Convex client's WebSocket state, live: subscribed where the client
 * offers it (convex ≥ 1.17), polled every second otherwise. The snapshot is
 * a string, so an unchanged state never re-renders.
 */
export function useConvexLink(): { link: ConvexLink; inflight: boolean } {
  const client = useConvex();
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof client.subscribeToConnectionState === "function") return client.subscribeToConnectionState(onChange);
      const timer = setInterval(onChange, POLL_MS);
      return () => clearInterval(timer);
    },
    [client],
  );
  const snapshot = useSyncExternalStore(subscribe, () => {
    const state = client.connectionState();
    return `${convexLinkOf(state)}|${state.hasInflightRequests}`;
  });
  const [link, inflight] = snapshot.split("|") as [ConvexLink, string];
  return { link, inflight: inflight === "true" };
}
