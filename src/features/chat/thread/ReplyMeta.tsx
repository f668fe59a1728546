import { formatUsd } from "@rules/money";
import { providerLabel, type Message } from "../message";
import { CacheTierBadge } from "./CacheTierBadge";
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
          <CacheTierBadge message={message} />
        </>
      )}
      {message.byok && <span data-testid="own-key-badge"> · your {message.byok} key</span>}
      {message.costMicros !== undefined && <span data-testid="message-cost"> · {formatUsd(message.costMicros)}</span>}
    </p>
  );
}
