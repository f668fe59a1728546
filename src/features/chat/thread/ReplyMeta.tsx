import { formatUsd } from "../../../../rules/money";
import { providerLabel, type Message } from "../message";
import "./thread-guardrails.css";

/** Which provider and model answered, and what it cost: the user can see the failover and the cache at work. */
export function ReplyMeta({ message }: { message: Message }) {
  const label = providerLabel(message);
  if (!label) return null;
  return (
    <p className="message__meta">
      <span data-testid="message-provider">{label}</span>
      {message.cached && (
        <>
          {" · "}
          <span className="cached-badge" data-testid="cached-badge" title="Answered from this browser's cache: no AI call, no cost">
            cached
          </span>
        </>
      )}
      {message.byok && <span data-testid="own-key-badge"> · your {message.byok} key</span>}
      {message.costMicros !== undefined && <span data-testid="message-cost"> · {formatUsd(message.costMicros)}</span>}
    </p>
  );
}
