import { describe, expect, it } from "vitest";
import {
  chairmanFallbackOrder,
  chooseCouncil,
  COUNCIL_CATALOGUE,
  councilEntitlementsByTier,
  councilHold,
  councilModelsFor,
  councilOfferFor,
  DEFAULT_COUNCIL,
  fitsInHold,
  withMemberToggled,
  type CouncilModel,
} from "./council";
import { worstCaseCostMicrosForTokens } from "./worst-case-cost";
import { promptOverheadChars } from "./council-prompts";
import { priceFor, worstCaseCostMicros } from "./pricing";
import { TIERS } from "./entitlements";

const [m20b, qwenFree, llama, m120b, qwenPaid] = COUNCIL_CATALOGUE as [
  CouncilModel,
  CouncilModel,
  CouncilModel,
  CouncilModel,
  CouncilModel,
];

describe("council entitlements per tier", () => {
  it.each([
    ["free", {}, { ok: false, reason: "tier" }],
    ["pro", {}, { ok: true, members: [m20b, qwenFree, llama] }],
    ["pro", { members: [m20b, qwenFree, llama, qwenPaid] }, { ok: false, reason: "too_many" }],
    ["enterprise", { members: [m20b, qwenFree, llama, qwenPaid] }, { ok: true }],
    ["pro", { members: [m20b] }, { ok: false, reason: "too_few" }],
    ["pro", { members: [m20b, m20b] }, { ok: false, reason: "duplicate" }],
    [
      "pro",
      { members: [m20b, { provider: "groq", model: "made-up-free-model" }] },
      { ok: false, reason: "unknown_model" },
    ],
    [
      "pro",
      { chairman: { provider: "openrouter", model: "openai/gpt-oss-20b" } },
      { ok: false, reason: "unknown_model" },
    ],
  ] as const)("%s %j → %j", (tier, request, expected) => {
    expect(chooseCouncil(tier, request)).toMatchObject(expected);
  });

  it("every tier has an entry, and a tier that may convene one allows at least two members", () => {
    for (const tier of TIERS) {
      const e = councilEntitlementsByTier[tier];
      if (e.allowed) expect(e.maxMembers).toBeGreaterThanOrEqual(2);
    }
  });

  it("copies only provider and model from the request (no extra client fields ride along)", () => {
    const choice = chooseCouncil("pro", { members: [{ ...m20b, price: 0 } as CouncilModel, qwenFree] });
    expect(choice.ok && choice.members[0]).toEqual(m20b);
  });

  it("every catalogue model has a known price, so no hold is computed at a guess", () => {
    for (const m of COUNCIL_CATALOGUE) expect(priceFor(m.provider, m.model).known).toBe(true);
  });

  it("the default council spans Groq and OpenRouter", () => {
    expect(new Set(DEFAULT_COUNCIL.members.map((m) => m.provider))).toEqual(new Set(["groq", "openrouter"]));
  });
});

describe("chairman fallback order", () => {
  it.each([
    [m120b, [m120b, qwenPaid, m20b, qwenFree, llama]],
    [m20b, [m20b, qwenFree, llama, m120b, qwenPaid]],
    [qwenPaid, [qwenPaid, m20b, qwenFree, llama, m120b]],
  ])("%j", (chairman, expected) => {
    expect(chairmanFallbackOrder(chairman)).toEqual(expected);
  });
});

describe("councilHold: 2N+1 calls, each at its model's price", () => {
  const members = [m20b, qwenFree, llama];
  const chairmen = chairmanFallbackOrder(m120b);
  const hold = councilHold({ members, chairmen, promptChars: 1000, maxTokens: 500 });

  it("has one part per call: N answers, N reviews, one chairman", () => {
    expect(hold.parts.map((p) => p.stage)).toEqual([
      "answer",
      "answer",
      "answer",
      "review",
      "review",
      "review",
      "chair",
    ]);
    expect(hold.totalMicros).toBe(hold.parts.reduce((s, p) => s + p.micros, 0));
  });

  it("prices answers at the member's own rate over the prompt", () => {
    expect(hold.parts[2]!.micros).toBe(worstCaseCostMicros({ ...llama, promptChars: 1000, maxTokens: 500 }));
    expect(hold.parts[1]!.micros).toBe(0); // a ":free" model is free
  });

  it("prices reviews and the chairman over the prompt plus every answer plus the template", () => {
    const later = 1000 + 3 * 500 + promptOverheadChars(3);
    expect(hold.parts[5]!.micros).toBe(worstCaseCostMicros({ ...llama, promptChars: later, maxTokens: 500 }));
    const dearest = Math.max(...chairmen.map((m) => worstCaseCostMicros({ ...m, promptChars: later, maxTokens: 500 })));
    expect(hold.parts[6]!.micros).toBe(dearest);
  });

  it("is never less than 2N+1 calls of the cheapest paid member", () => {
    const paid = councilHold({ members: [m20b, llama], chairmen: [m20b], promptChars: 10, maxTokens: 100 });
    expect(paid.totalMicros).toBeGreaterThanOrEqual(
      5 * worstCaseCostMicros({ ...m20b, promptChars: 10, maxTokens: 100 }),
    );
  });

  it("prices an unknown chairman at the dearest known rate, never $0", () => {
    const unknown = councilHold({
      members,
      chairmen: [{ provider: "groq", model: "new-model" }],
      promptChars: 10,
      maxTokens: 100,
    });
    expect(unknown.parts.at(-1)!.micros).toBeGreaterThan(0);
  });
});

describe("councilModelsFor: what a tier may seat", () => {
  it("offers nothing to a tier that may not convene a council, and the catalogue to those that may", () => {
    expect(councilModelsFor("free")).toEqual([]);
    expect(councilModelsFor("pro")).toEqual(COUNCIL_CATALOGUE);
    for (const tier of TIERS)
      for (const m of DEFAULT_COUNCIL.members.slice(0, councilEntitlementsByTier[tier].maxMembers))
        expect(councilModelsFor(tier)).toContainEqual(m);
  });

  it("chooseCouncil checks a request against the tier's own list", () => {
    expect(chooseCouncil("pro", { members: [m20b, qwenPaid] }, [m20b, qwenFree, llama, m120b])).toEqual({
      ok: false,
      reason: "unknown_model",
    });
  });
});

describe("fitsInHold: may one more call start within what the council held?", () => {
  const chair = { target: m120b, promptTokens: 2_000, maxTokens: 4_096 };
  const worst = worstCaseCostMicrosForTokens({ ...m120b, promptTokens: 2_000, maxTokens: 4_096 });
  it.each([
    ["exactly its worst case left", worst + 500, 500, true],
    ["one micro-dollar short", worst + 499, 500, false],
    ["a failed chairman spent the chair's share", worst, 1, false],
  ] as const)("%s → %s", (_case, heldMicros, spentMicros, fits) => {
    expect(fitsInHold({ ...chair, heldMicros, spentMicros })).toBe(fits);
  });
});

describe("the composer's member picker", () => {
  const pro = councilOfferFor("pro")!;
  it("offers nothing to the free tier; pro gets the catalogue, up to 3, the default three ticked", () => {
    expect(councilOfferFor("free")).toBeNull();
    expect(pro).toEqual({ models: COUNCIL_CATALOGUE, maxMembers: 3, defaults: [m20b, qwenFree, llama] });
    expect(councilOfferFor("enterprise")?.maxMembers).toBe(5);
  });

  it("ticks and unticks within two and the tier's maximum, and only models on offer", () => {
    expect(withMemberToggled([m20b, qwenFree, llama], llama, pro)).toEqual([m20b, qwenFree]);
    expect(withMemberToggled([m20b, qwenFree], qwenFree, pro)).toEqual([m20b, qwenFree]); // never below two
    expect(withMemberToggled([m20b, qwenFree], qwenPaid, pro)).toEqual([m20b, qwenFree, qwenPaid]);
    expect(withMemberToggled([m20b, qwenFree, llama], qwenPaid, pro)).toEqual([m20b, qwenFree, llama]); // never past the tier's 3
    expect(withMemberToggled([m20b, qwenFree], { provider: "groq", model: "made-up" }, pro)).toEqual([m20b, qwenFree]);
    for (const members of [
      [m20b, qwenFree],
      [m20b, qwenFree, qwenPaid],
    ])
      expect(chooseCouncil("pro", { members })).toMatchObject({ ok: true });
  });
});
