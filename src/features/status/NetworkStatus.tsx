import { useQuery } from "convex/react";
import { api } from "../../../convex/_generated/api";
import { connectionLabel, providerCondition, providerTitle } from "./network-state";
import { useBrowserOnline } from "@/lib/network/use-browser-online";
import { useConvexLink } from "./use-convex-link";
import "./status.css";

/** The browser's network, the live link to Convex, and each AI provider's health and the queue, in the header. */
export function NetworkStatus() {
  const online = useBrowserOnline();
  const { link, inflight } = useConvexLink();
  const health = useQuery(api.providers.health.get, {});
  const queue = health?.[0]?.queueLength ?? 0;
  const state = !online ? "offline" : link === "connected" ? "connected" : "connecting";

  return (
    <section
      className="network-status"
      aria-label="Connection status"
      data-testid="network-status"
      data-online={online}
      data-convex={link}
      data-inflight={inflight}
    >
      <span className={`network-status__link network-status__link--${state}`} role="status" data-testid="network-link">
        <span className="network-status__dot" aria-hidden="true" />
        {/* Connected is the usual case: the green dot says it (the word stays for screen readers); anything else is spelled out. */}
        <span className={state === "connected" ? "visually-hidden" : undefined}>{connectionLabel(online, link)}</span>
      </span>
      {health?.map((provider) => {
        // Offline, the last scores are old news: shown as unknown, not as a healthy 100.
        const condition = online ? providerCondition(provider) : "unknown";
        const title = online ? providerTitle(provider) : `${provider.provider}: unknown while you're offline`;
        return (
          <span
            key={provider.provider}
            className={`network-status__provider network-status__provider--${condition}`}
            title={title}
            data-testid="provider-health"
            data-provider={provider.provider}
            data-condition={condition}
            data-score={provider.score}
            data-breaker={provider.breakerState}
          >
            <span className="visually-hidden">{title}</span>
            <span aria-hidden="true">
              {provider.provider} {online ? provider.score : "?"}
              {online && provider.breakerState !== "closed" ? " ⚠" : ""}
            </span>
          </span>
        );
      })}
      {queue > 0 && (
        <span className="network-status__queue" data-testid="provider-queue">
          queue {queue}
        </span>
      )}
    </section>
  );
}
