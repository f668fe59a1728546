// A send the browser refuses by itself (BYOK limit, no saved key, a secret
// in the message). Shaped as AppErrorData "invalid_input" — the one code
// whose message is written for users — so the composer shows it through the
// same error map as the server's refusals (rules/app-error-of.ts).

export class SendRefusal extends Error {
  override readonly name = "SendRefusal";
  readonly code = "invalid_input" as const;
}
