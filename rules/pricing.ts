// The cost arithmetic built on the registry's prices (rules/providers/).
// Rates are kept in USD per million tokens, exactly as providers publish
// them, and converted to integers before any arithmetic so costs never carry
// float drift.
import { MICROS_PER_USD } from "./money";
import { PROVIDERS, type ModelPrice, type Registry } from "./providers";

export type { ModelPrice } from "./providers";

/**
 * When the rates were last checked: the oldest date any chat model's price
 * was read (each model carries its own in rules/providers/). Transcribed
 * without network access; re-read the providers' pricing pages before relying on them.
 */
export const PRICES_READ_ON = PROVIDERS.flatMap((entry) => entry.models.map((model) => model.priceReadOn)).sort()[0]!;

export type PriceLookup = ModelPrice & { known: boolean };

export type TokenUsage = { promptTokens: number; completionTokens: number };

type PriceTable = Readonly<Record<string, Readonly<Record<string, ModelPrice>>>>;

/** provider → chat model → price, from a registry's entries (embedding models are priced in rules/embeddings.ts). */
function priceTableOf(registry: Registry): PriceTable {
  return Object.fromEntries(
    registry.map((entry) => [
      entry.name,
      Object.fromEntries(entry.models.filter((m) => m.serves === "chat").map((m) => [m.id, m.price])),
    ]),
  );
}

export const priceTable: PriceTable = priceTableOf(PROVIDERS);

/**
 * The price charged for a model nobody priced: the highest known input rate and
 * the highest known output rate (possibly from different models). Never $0, so
 * a typo or a newly added model cannot make usage free and uncapped.
 */
function unknownModelPrice(table: PriceTable): ModelPrice {
  const known = Object.values(table).flatMap((models) => Object.values(models));
  return {
    inputPerMTok: Math.max(...known.map((p) => p.inputPerMTok)),
    outputPerMTok: Math.max(...known.map((p) => p.outputPerMTok)),
  };
}

export const UNKNOWN_MODEL_PRICE: Readonly<ModelPrice> = unknownModelPrice(priceTable);

export function priceFor(provider: string, model: string, registry: Registry = PROVIDERS): PriceLookup {
  const table = registry === PROVIDERS ? priceTable : priceTableOf(registry);
  // Object.hasOwn keeps "constructor"/"__proto__" from resolving to prototype members.
  const models = Object.hasOwn(table, provider) ? table[provider] : undefined;
  const price = models && Object.hasOwn(models, model) ? models[model] : undefined;
  if (price) return { ...price, known: true };
  return { ...(registry === PROVIDERS ? UNKNOWN_MODEL_PRICE : unknownModelPrice(table)), known: false };
}

/**
 * Cost of a call in integer micro-USD, rounded UP to a whole micro so that many
 * tiny calls cannot each round down to free.
 * USD per million tokens equals micro-USD per token; rates are scaled by 10^6
 * to integers (pico-USD per token) so the sum is exact before one final ceil.
 */
export function costMicros(price: ModelPrice, usage: TokenUsage): number {
  assertTokenCount(usage.promptTokens, "promptTokens");
  assertTokenCount(usage.completionTokens, "completionTokens");
  const scaledTotal =
    usage.promptTokens * toScaledRate(price.inputPerMTok) + usage.completionTokens * toScaledRate(price.outputPerMTok);
  if (!Number.isSafeInteger(scaledTotal)) {
    throw new RangeError(`Token counts too large to price exactly: ${JSON.stringify(usage)}`);
  }
  // Exact: for a safe integer n, float n / 10^6 is never rounded onto an
  // integer (half an ulp < 1 / 10^6), so ceil sees any remainder.
  return Math.ceil(scaledTotal / RATE_SCALE);
}

/** One provider call as billed: its model and the tokens it used (estimated when the provider reported none). */
export type ChargedCall = { provider: string; model: string; usage: TokenUsage & { estimated: boolean } };

/**
 * What a whole reply cost: every call of every attempt (a stream that broke,
 * a failed-over one, a stopped one), each at its own model's price. Token
 * estimates are made by the caller with a real tokenizer, never here.
 */
export function chargeOf(
  calls: readonly ChargedCall[],
  registry: Registry = PROVIDERS,
): { costMicros: number; usage: TokenUsage & { estimated: boolean } } {
  let total = 0;
  const usage = { promptTokens: 0, completionTokens: 0, estimated: false };
  for (const call of calls) {
    total += costMicros(priceFor(call.provider, call.model, registry), call.usage);
    usage.promptTokens += call.usage.promptTokens;
    usage.completionTokens += call.usage.completionTokens;
    usage.estimated ||= call.usage.estimated;
  }
  return { costMicros: total, usage };
}

/**
 * What to reserve before a call: the cost if the prompt were one token per
 * UTF-16 code unit (ordinary text tokenizes well below that; chars/4 would
 * under-reserve CJK) and the reply used its whole max-token cap (the provider
 * enforces that cap, reasoning tokens included).
 */
export function worstCaseCostMicros(
  args: {
    provider: string;
    model: string;
    promptChars: number;
    maxTokens: number;
  },
  registry: Registry = PROVIDERS,
): number {
  return costMicros(priceFor(args.provider, args.model, registry), {
    promptTokens: args.promptChars,
    completionTokens: args.maxTokens,
  });
}

const RATE_SCALE = MICROS_PER_USD;

// Math.round absorbs float noise such as 0.075 * 1e6 = 75000.00000000001.
function toScaledRate(usdPerMTok: number): number {
  if (!Number.isFinite(usdPerMTok) || usdPerMTok < 0) {
    throw new RangeError(`Price must be a finite USD amount >= 0, got ${usdPerMTok}`);
  }
  return Math.round(usdPerMTok * RATE_SCALE);
}

function assertTokenCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be an integer >= 0, got ${value}`);
  }
}
