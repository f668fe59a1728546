// Provider and model names as public function arguments: never free strings
// from a client. Both unions are derived from the one list each: the provider
// names and the priced chat models, both from the registry (rules/providers/),
// so adding a provider or pricing a model is the only way to widen them.
import { v, type Validator, type VLiteral, type VObject, type VUnion } from "convex/values";
import { priceTable } from "../../rules/pricing";
import { PROVIDER_NAMES, type ProviderName } from "./resilience/provider-name";

type LiteralUnion<T extends string> = VUnion<T, VLiteral<T>[]>;

/** `v.union(v.literal(a), v.literal(b), …)` of `values`, typed as their union. */
export function literalUnion<const T extends string>(values: readonly [T, ...T[]]): LiteralUnion<T> {
  const [first, ...rest] = values.map((value) => v.literal(value));
  return v.union(first!, ...rest) as LiteralUnion<T>;
}

export const providerValidator = literalUnion(PROVIDER_NAMES);

/** Every model with a price, across providers (a model is named the same wherever it is served). */
export const PRICED_MODELS = [...new Set(Object.values(priceTable).flatMap((models) => Object.keys(models)))] as [
  string,
  ...string[],
];

export const modelValidator = literalUnion(PRICED_MODELS);

/** `{ groq: v.array(v.string()), openrouter: … }`: a list of key ids per provider (never the keys). */
export const keyIdsPerProviderValidator = v.object(
  Object.fromEntries(PROVIDER_NAMES.map((name) => [name, v.array(v.string())])) as Record<
    ProviderName,
    Validator<string[], "required">
  >,
) as VObject<Record<ProviderName, string[]>, Record<ProviderName, Validator<string[], "required">>>;
