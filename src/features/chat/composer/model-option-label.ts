import { modelEntry, providerEntry } from "@rules/providers";

const usd = (perMTok: number) => `$${perMTok.toFixed(perMTok < 0.1 && perMTok > 0 ? 3 : 2)}`;

/** "Llama 3.3 70B · Groq · $0.59 / $0.79 per M tokens · balanced"; a $0 model says "free". */
export function modelOptionLabel(choice: { provider: string; model: string }): string {
  const model = modelEntry(choice.provider, choice.model);
  const provider = providerEntry(choice.provider)?.label ?? choice.provider;
  if (!model) return `${choice.model} · ${provider}`;
  const { inputPerMTok, outputPerMTok } = model.price;
  const price =
    inputPerMTok === 0 && outputPerMTok === 0 ? "free" : `${usd(inputPerMTok)} / ${usd(outputPerMTok)} per M tokens`;
  return `${model.label} · ${provider} · ${price} · ${model.speed}`;
}
