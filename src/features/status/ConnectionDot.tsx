import { useBrowserOnline } from "@/lib/network/use-browser-online";
import { connectionLabel } from "./network-state";
import { useConvexLink } from "./use-convex-link";
import "./status.css";

/** The connection as one dot with its word for screen readers, for the phone header's menu toggle. */
export function ConnectionDot() {
  const online = useBrowserOnline();
  const { link } = useConvexLink();
  const state = !online ? "offline" : link === "connected" ? "connected" : "connecting";
  return (
    <>
      <span className="connection-dot" data-state={state} data-testid="connection-dot" aria-hidden="true" />
      <span className="visually-hidden">{connectionLabel(online, link)}</span>
    </>
  );
}
