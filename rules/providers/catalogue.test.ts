import { describe, expect, it } from "vitest";
import { councilEntitlementsByTier, DEFAULT_COUNCIL, COUNCIL_CATALOGUE } from "../council";
import { entitlementsFor, TIERS, type Tier } from "../entitlements";
import { DEFAULT_FAILOVER_CHAIN } from "../failover-chain";
import {
  COUNCIL_MODELS,
  DEFAULT_COUNCIL_CHAIRMAN,
  DEFAULT_COUNCIL_MEMBERS,
  MODEL_CATALOGUE,
  mayPick,
  pickFor,
} from "./catalogue";
import { modelEntry } from "./index";

const key = (m: { provider: string; model: string }) => `${m.provider}:${m.model}`;
const servesOf = (m: { provider: string; model: string }) => modelEntry(m.provider, m.model)?.serves;

describe("the model catalogue per tier", () => {
  it.each(TIERS)("%s: every model is in the registry, for what it serves", (tier) => {
    const models = MODEL_CATALOGUE[tier];
    for (const m of [...models.pick, models.default, ...models.council]) expect(servesOf(m), key(m)).toBe("chat");
    for (const m of models.embed) expect(servesOf(m), key(m)).toBe("embeddings");
    expect(models.embed.length).toBeGreaterThan(0);
  });

  it.each(TIERS)("%s: the default and the council are models the tier may pick, each listed once", (tier) => {
    const models = MODEL_CATALOGUE[tier];
    expect(mayPick(tier, models.default)).toBe(true);
    for (const m of models.council) expect(mayPick(tier, m)).toBe(true);
    expect(new Set(models.pick.map(key)).size).toBe(models.pick.length);
  });

  it("lets a higher tier pick everything a lower one may", () => {
    const order: Tier[] = ["free", "pro", "enterprise"];
    for (let i = 1; i < order.length; i++) {
      for (const m of MODEL_CATALOGUE[order[i - 1]!].pick)
        expect(mayPick(order[i]!, m), `${order[i]} lacks ${key(m)}`).toBe(true);
    }
  });

  it("gives a council only to tiers whose entitlements allow one, with enough models to fill it", () => {
    for (const tier of TIERS) {
      const { allowed, maxMembers } = councilEntitlementsByTier[tier];
      expect(MODEL_CATALOGUE[tier].council.length > 0).toBe(allowed);
      expect(MODEL_CATALOGUE[tier].council.length).toBeGreaterThanOrEqual(maxMembers);
    }
  });

  it("refuses a model the tier lacks, an unknown one, and near misses", () => {
    expect(mayPick("free", { provider: "groq", model: "openai/gpt-oss-120b" })).toBe(false);
    expect(mayPick("pro", { provider: "groq", model: "openai/gpt-oss-120b" })).toBe(true);
    expect(mayPick("enterprise", { provider: "groq", model: "gpt-4o" })).toBe(false);
    expect(mayPick("enterprise", { provider: "openrouter", model: "openai/gpt-oss-20b" })).toBe(false); // right model, wrong provider
    expect(mayPick("enterprise", { provider: "groq", model: "openai/gpt-oss-20b " })).toBe(false);
    expect(mayPick("enterprise", { provider: "openrouter", model: "openai/text-embedding-3-small" })).toBe(false); // embeds, never chats
  });

  it("returns the catalogue's own entry, never the caller's object", () => {
    const request = { provider: "groq", model: "openai/gpt-oss-20b", extra: "smuggled" };
    const picked = pickFor("free", request);
    expect(picked).toEqual({ provider: "groq", model: "openai/gpt-oss-20b" });
    expect(picked).not.toBe(request);
  });

  it("feeds the council's defaults, the entitlements and the default failover chain", () => {
    expect(COUNCIL_CATALOGUE).toBe(COUNCIL_MODELS);
    expect(DEFAULT_COUNCIL).toEqual({ members: DEFAULT_COUNCIL_MEMBERS, chairman: DEFAULT_COUNCIL_CHAIRMAN });
    expect(DEFAULT_COUNCIL.members.map(key)).toEqual([
      "groq:openai/gpt-oss-20b",
      "openrouter:qwen/qwen3-coder:free",
      "groq:llama-3.3-70b-versatile",
    ]);
    expect(key(DEFAULT_COUNCIL.chairman)).toBe("groq:openai/gpt-oss-120b");
    for (const tier of TIERS) expect(entitlementsFor(tier).models).toBe(MODEL_CATALOGUE[tier]);
    for (const link of DEFAULT_FAILOVER_CHAIN) expect(servesOf(link), key(link)).toBe("chat");
  });
});
