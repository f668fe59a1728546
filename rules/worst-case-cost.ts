// The hold for one request, priced on the tokens actually sent: the selected
// context counted with the real tokenizer (convex/chat/context.ts) and a reply
// that uses its whole max-token cap (the provider enforces that cap, reasoning
// tokens included). The tokens-based sibling of pricing.ts's chars-based
// worstCaseCostMicros, which the browser's BYOK limit still uses.
import { costMicros, priceFor } from "./pricing";
import { PROVIDERS, type Registry } from "./providers";

export function worstCaseCostMicrosForTokens(
  args: { provider: string; model: string; promptTokens: number; maxTokens: number },
  registry: Registry = PROVIDERS,
): number {
  return costMicros(priceFor(args.provider, args.model, registry), {
    promptTokens: args.promptTokens,
    completionTokens: args.maxTokens,
  });
}
