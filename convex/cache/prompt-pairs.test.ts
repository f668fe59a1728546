import { describe, expect, it } from "vitest";
import { cosineSimilarity, embedLocally } from "../../rules/embeddings-local";
import { RELAXED_THRESHOLD, SEMANTIC_THRESHOLD } from "./config";
import { lexicalGuard } from "./lexical-guard";
import { HELD_OUT_PAIRS, PROMPT_PAIRS, type PromptPair } from "./prompt-pairs.test-data";

// The semantic tier's decision, exactly as lookup.ts makes it: similarity at
// or above the threshold AND the lexical guard agreeing.
const similarity = (pair: PromptPair) => cosineSimilarity(embedLocally(pair.a), embedLocally(pair.b));
const served = (pair: PromptPair, threshold: number, guarded = true) =>
  similarity(pair) >= threshold && (!guarded || lexicalGuard(pair.a, pair.b).ok);

function figures(pairs: readonly PromptPair[], threshold: number, guarded = true) {
  const paraphrases = pairs.filter((p) => p.kind === "paraphrase");
  const nearMisses = pairs.filter((p) => p.kind === "near_miss");
  const falseHits = nearMisses.filter((p) => served(p, threshold, guarded));
  const hits = paraphrases.filter((p) => served(p, threshold, guarded));
  return {
    threshold,
    paraphrases: paraphrases.length,
    hits: hits.length,
    hitRate: hits.length / paraphrases.length,
    nearMisses: nearMisses.length,
    falseHits,
    falseHitRate: falseHits.length / nearMisses.length,
  };
}

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
function report(label: string, f: ReturnType<typeof figures>) {
  console.info(
    `[prompt pairs] ${label} at ${f.threshold}: paraphrase hit rate ${percent(f.hitRate)} (${f.hits}/${f.paraphrases}), false hits ${f.falseHits.length}/${f.nearMisses} (${percent(f.falseHitRate)})`,
  );
}

describe("the labelled prompt pairs (built-in embedder + lexical guard)", () => {
  it("has at least 200 pairs, both kinds well represented, no pair twice", () => {
    expect(PROMPT_PAIRS.length).toBeGreaterThanOrEqual(200);
    expect(PROMPT_PAIRS.filter((p) => p.kind === "near_miss").length).toBeGreaterThanOrEqual(100);
    expect(PROMPT_PAIRS.filter((p) => p.kind === "paraphrase").length).toBeGreaterThanOrEqual(100);
    expect(new Set(PROMPT_PAIRS.map((p) => `${p.a}\u0000${p.b}`)).size).toBe(PROMPT_PAIRS.length);
  });

  it("serves no near miss at the 0.95 threshold, and reports the paraphrase hit rate", () => {
    const normal = figures(PROMPT_PAIRS, SEMANTIC_THRESHOLD);
    report("normal", normal);
    expect(normal.falseHits.map((p) => `${p.a} | ${p.b}`)).toEqual([]);
    // A floor, so a change that quietly stops matching paraphrases fails here.
    expect(normal.hitRate).toBeGreaterThanOrEqual(0.8);
  });

  it("reports the relaxed 0.75 threshold's hit and false-hit rates (budget: at most 2 % false hits)", () => {
    const relaxed = figures(PROMPT_PAIRS, RELAXED_THRESHOLD);
    report("relaxed", relaxed);
    expect(relaxed.hitRate).toBeGreaterThanOrEqual(figures(PROMPT_PAIRS, SEMANTIC_THRESHOLD).hitRate);
    expect(relaxed.falseHitRate).toBeLessThanOrEqual(0.02);
  });

  it("reports the held-out pairs (written after tuning) separately: no near miss served at 0.95", () => {
    const heldOut = figures(HELD_OUT_PAIRS, SEMANTIC_THRESHOLD);
    report("held-out", heldOut);
    report("held-out relaxed", figures(HELD_OUT_PAIRS, RELAXED_THRESHOLD));
    expect(heldOut.falseHits).toEqual([]);
  });

  it("needs the guard: similarity alone serves near misses, at 0.95 and far more at 0.75", () => {
    const unguardedNormal = figures(PROMPT_PAIRS, SEMANTIC_THRESHOLD, false);
    const unguardedRelaxed = figures(PROMPT_PAIRS, RELAXED_THRESHOLD, false);
    report("similarity only", unguardedNormal);
    report("similarity only", unguardedRelaxed);
    expect(unguardedNormal.falseHits.length).toBeGreaterThan(0);
    expect(unguardedRelaxed.falseHits.length).toBeGreaterThan(unguardedNormal.falseHits.length);
  });
});
