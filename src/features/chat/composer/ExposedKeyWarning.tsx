import { describeSecretKind } from "@/lib/monitoring/exposed-key";

/** Inline, next to the message: what was found and what to do. Never repeats the secret. */
export function ExposedKeyWarning({ id, kind }: { id: string; kind: string }) {
  return (
    <p id={id} className="form-error" role="alert" data-testid="exposed-key-warning" data-kind={kind}>
      Your message contains what looks like {describeSecretKind(kind)}. Remove it before sending: chats are stored and
      sent to the AI provider. If it is a real key, revoke it at the provider.
    </p>
  );
}
