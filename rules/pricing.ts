// Provider prices and the cost arithmetic built on them. Rates are kept in
// USD per million tokens, exactly as providers publish them, and converted to
// integers before any arithmetic so costs never carry float drift.
import { MICROS_PER_USD } from "./money";

/**
 * When the rates below were last checked. They were transcribed from the
 * project brief on this date (no network access); re-read
 * https://groq.com/pricing and https://openrouter.ai/models before relying on them.
 */
export const PRICES_READ_ON = "2026-11-22";

export type ModelPrice = {
  /** USD per million prompt tokens. */
  inputPerMTok: number;
  /** USD per million completion tokens (reasoning tokens bill as completion). */
  outputPerMTok: number;
};

export type PriceLookup = ModelPrice & { known: boolean };

export type TokenUsage = { promptTokens: number; completionTokens: number };

export const priceTable: Readonly<Record<string, Readonly<Record<string, ModelPrice>>>> = {
  groq: {
    "openai/gpt-oss-20b": { inputPerMTok: 0.075, outputPerMTok: 0.3 },
    "openai/gpt-oss-120b": { inputPerMTok: 0.15, outputPerMTok: 0.6 },
    "llama-3.3-70b-versatile": { inputPerMTok: 0.59, outputPerMTok: 0.79 },
  },
  openrouter: {
    // ":free" variants are billed at $0 by OpenRouter (rate-limited instead).
    "qwen/qwen3-coder:free": { inputPerMTok: 0, outputPerMTok: 0 },
    "qwen/qwen3-coder": { inputPerMTok: 0.22, outputPerMTok: 0.95 },
  },
};

const knownPrices = Object.values(priceTable).flatMap((models) => Object.values(models));

/**
 * The price charged for a model nobody priced: the highest known input rate and
 * the highest known output rate (possibly from different models). Never $0, so
 * a typo or a newly added model cannot make usage free and uncapped.
 */
export const UNKNOWN_MODEL_PRICE: Readonly<ModelPrice> = {
  inputPerMTok: Math.max(...knownPrices.map((p) => p.inputPerMTok)),
  outputPerMTok: Math.max(...knownPrices.map((p) => p.outputPerMTok)),
};

export function priceFor(provider: string, model: string): PriceLookup {
  // Object.hasOwn keeps "constructor"/"__proto__" from resolving to prototype members.
  const models = Object.hasOwn(priceTable, provider) ? priceTable[provider] : undefined;
  const price = models && Object.hasOwn(models, model) ? models[model] : undefined;
  return price ? { ...price, known: true } : { ...UNKNOWN_MODEL_PRICE, known: false };
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
    usage.promptTokens * toScaledRate(price.inputPerMTok) +
    usage.completionTokens * toScaledRate(price.outputPerMTok);
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
export function chargeOf(calls: readonly ChargedCall[]): { costMicros: number; usage: TokenUsage & { estimated: boolean } } {
  let total = 0;
  const usage = { promptTokens: 0, completionTokens: 0, estimated: false };
  for (const call of calls) {
    total += costMicros(priceFor(call.provider, call.model), call.usage);
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
export function worstCaseCostMicros(args: {
  provider: string;
  model: string;
  promptChars: number;
  maxTokens: number;
}): number {
  return costMicros(priceFor(args.provider, args.model), {
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
