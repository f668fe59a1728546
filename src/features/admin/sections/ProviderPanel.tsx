import type { ProviderRow } from "../admin-types";
import { formatDateTime } from "../format";
import { Section } from "../Section";
import { BreakerBadge } from "./BreakerBadge";

type ProviderPanelProps = {
  providers: readonly ProviderRow[];
  queueLength: number;
  /** When each provider's newest circuit_breaker_opened alert was raised (alerts are one per provider and UTC day). */
  openedAt: ReadonlyMap<string, number>;
};

/** Per provider: breaker, health, recent errors, work in flight; the shared queue once. */
export function ProviderPanel({ providers, queueLength, openedAt }: ProviderPanelProps) {
  return (
    <Section title="Providers" testId="admin-providers">
      <p className="provider-queue" data-testid="queue-length">
        Queue: <strong>{queueLength}</strong> {queueLength === 1 ? "generation" : "generations"} waiting for a provider
      </p>
      <ul className="provider-list">
        {providers.map((p) => (
          <li key={p.provider} className="provider-card" data-testid="provider-card" data-provider={p.provider}>
            <div className="provider-card__head">
              <h3>{p.provider}</h3>
              <BreakerBadge state={p.breakerState} />
            </div>
            {!p.configured && <p className="form-error">No API key configured.</p>}
            <div className="health" data-testid="provider-health">
              <span>Health {p.health}/100</span>
              <span className="health__bar" aria-hidden="true">
                <span
                  className={p.health < 50 ? "health__fill health__fill--low" : "health__fill"}
                  style={{ width: `${p.health}%` }}
                />
              </span>
            </div>
            <dl className="provider-stats">
              <div>
                <dt>Errors, last 5 min</dt>
                <dd data-testid="provider-errors">
                  {p.errorsLast5Min} of {p.requestsLast5Min} calls
                </dd>
              </div>
              <div>
                <dt>In flight</dt>
                <dd>{p.inFlight}</dd>
              </div>
              {openedAt.has(p.provider) && (
                <div>
                  <dt>Breaker-open alert</dt>
                  <dd data-testid="provider-opened-alert">{formatDateTime(openedAt.get(p.provider)!)}</dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </Section>
  );
}
