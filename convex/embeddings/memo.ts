import { embedText, type Embedding } from "./embed";

export type EmbeddingSpend = { calls: number; tokens: number; costMicros: number };

/**
 * One generation's embeddings: the prompt is embedded at most once, whether
 * the lookup or the recording asks first, and what was spent is summed for
 * the reply's bill. Lives inside one action; never stored.
 */
export class EmbeddingMemo {
  readonly spent: EmbeddingSpend = { calls: 0, tokens: 0, costMicros: 0 };
  readonly #byText = new Map<string, Promise<Embedding>>();

  constructor(private readonly embed: (text: string) => Promise<Embedding> = embedText) {}

  embedding(text: string): Promise<Embedding> {
    let pending = this.#byText.get(text);
    if (!pending) {
      pending = this.embed(text).then((result) => {
        this.spent.calls += 1;
        this.spent.tokens += result.tokens;
        this.spent.costMicros += result.costMicros;
        return result;
      });
      this.#byText.set(text, pending);
    }
    return pending;
  }
}
