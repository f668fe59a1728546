import { formatUsd } from "../../../../rules/money";
import { providerLabel, type Message } from "../message";

/** Which provider and model answered, and what it cost: the user can see the failover at work. */
export function ReplyMeta({ message }: { message: Message }) {
  const label = providerLabel(message);
  if (!label) return null;
  return (
    <p className="message__meta">
      <span data-testid="message-provider">{label}</span>
      {message.cached && <span> · cached</span>}
      {message.costMicros !== undefined && <span data-testid="message-cost"> · {formatUsd(message.costMicros)}</span>}
    </p>
  );
}
