// Council mode as data: who may convene one, with how many members, which
// models may sit on it, and the worst-case cost to hold before it starts.
// Kept apart from entitlements.ts (the per-request table) on purpose.
import type { Tier } from "./entitlements";
import { promptOverheadChars } from "./council-prompts";
import { worstCaseCostMicros } from "./pricing";
import { worstCaseCostMicrosForTokens } from "./worst-case-cost";
import {
  COUNCIL_MODELS,
  DEFAULT_COUNCIL_CHAIRMAN,
  DEFAULT_COUNCIL_MEMBERS,
  MODEL_CATALOGUE,
} from "./providers/catalogue";

export type CouncilModel = { provider: string; model: string };
export type CouncilEntitlement = { allowed: boolean; maxMembers: number };

export const MIN_COUNCIL_MEMBERS = 2;

export const councilEntitlementsByTier: Readonly<Record<Tier, Readonly<CouncilEntitlement>>> = {
  // A council is 2N+1 calls for one message: a paid feature.
  free: { allowed: false, maxMembers: 0 },
  pro: { allowed: true, maxMembers: 3 },
  enterprise: { allowed: true, maxMembers: 5 },
};

/**
 * The models that can sit on a council, in catalogue order (which is also the
 * chairman's fallback order), and the default council: from the model
 * catalogue (rules/providers/catalogue.ts), every entry in the registry.
 */
export const COUNCIL_CATALOGUE: readonly CouncilModel[] = COUNCIL_MODELS;

/**
 * The models a tier may seat on a council: what the composer offers and what
 * the send checks a request against (a client never names a model the server
 * has not listed): the tier's council models in the model catalogue.
 */
export function councilModelsFor(tier: Tier): readonly CouncilModel[] {
  return councilEntitlementsByTier[tier].allowed ? MODEL_CATALOGUE[tier].council : [];
}

/** Three members across Groq and OpenRouter; the largest model chairs. */
export const DEFAULT_COUNCIL = {
  members: DEFAULT_COUNCIL_MEMBERS,
  chairman: DEFAULT_COUNCIL_CHAIRMAN,
};

/** What the composer offers a tier: the models it may seat, how many, and the members ticked at first. */
export type CouncilOffer = { models: readonly CouncilModel[]; maxMembers: number; defaults: readonly CouncilModel[] };

export function councilOfferFor(tier: Tier): CouncilOffer | null {
  const { allowed, maxMembers } = councilEntitlementsByTier[tier];
  return allowed
    ? { models: councilModelsFor(tier), maxMembers, defaults: DEFAULT_COUNCIL.members.slice(0, maxMembers) }
    : null;
}

/** The members after ticking or unticking one: never fewer than two, never more than the tier allows, never off the offer. */
export function withMemberToggled(
  members: readonly CouncilModel[],
  model: CouncilModel,
  offer: CouncilOffer,
): CouncilModel[] {
  const seated = members.some((m) => sameModel(m, model));
  if (seated) return members.length > MIN_COUNCIL_MEMBERS ? members.filter((m) => !sameModel(m, model)) : [...members];
  const offered = offer.models.some((m) => sameModel(m, model));
  return offered && members.length < offer.maxMembers
    ? [...members, { provider: model.provider, model: model.model }]
    : [...members];
}

export const sameModel = (a: CouncilModel, b: CouncilModel) => a.provider === b.provider && a.model === b.model;
const inCatalogue = (m: CouncilModel, catalogue: readonly CouncilModel[]) => catalogue.some((c) => sameModel(c, m));

export type CouncilChoice =
  | { ok: true; members: CouncilModel[]; chairmen: CouncilModel[] }
  | { ok: false; reason: "tier" | "too_few" | "too_many" | "unknown_model" | "duplicate" };

/**
 * Checks a requested council against the tier and the catalogue (a client
 * never names a model the server has not listed) and returns the members and
 * the chairman's fallback order. Without a request, the default council, cut
 * to the tier's maximum.
 */
export function chooseCouncil(
  tier: Tier,
  request: { members?: readonly CouncilModel[]; chairman?: CouncilModel } = {},
  catalogue = councilModelsFor(tier),
): CouncilChoice {
  const entitlement = councilEntitlementsByTier[tier];
  if (!entitlement.allowed) return { ok: false, reason: "tier" };
  const members = (request.members ?? DEFAULT_COUNCIL.members.slice(0, entitlement.maxMembers)).map(
    ({ provider, model }) => ({ provider, model }),
  );
  const chairman = request.chairman ?? DEFAULT_COUNCIL.chairman;
  if (![...members, chairman].every((m) => inCatalogue(m, catalogue))) return { ok: false, reason: "unknown_model" };
  if (members.some((m, i) => members.findIndex((o) => sameModel(o, m)) !== i))
    return { ok: false, reason: "duplicate" };
  if (members.length < MIN_COUNCIL_MEMBERS) return { ok: false, reason: "too_few" };
  if (members.length > entitlement.maxMembers) return { ok: false, reason: "too_many" };
  return { ok: true, members, chairmen: chairmanFallbackOrder(chairman, catalogue) };
}

/** The chairman, then every other catalogue model after it (wrapping round): if one fails, the next takes over. */
export function chairmanFallbackOrder(
  chairman: CouncilModel,
  catalogue: readonly CouncilModel[] = COUNCIL_CATALOGUE,
): CouncilModel[] {
  const start = catalogue.findIndex((m) => sameModel(m, chairman));
  if (start < 0) return [chairman, ...catalogue];
  return [...catalogue.slice(start), ...catalogue.slice(0, start)];
}

export type CouncilStage = "answer" | "review" | "chair";
export type HoldPart = { stage: CouncilStage; member: number; micros: number };

/**
 * The worst case of one council, as one part per call (2N+1): N answers to
 * the prompt (`promptChars`: history and question, one token per character);
 * N reviews whose prompt is the same context with N answers of up to
 * `maxTokens` each added, plus the template; one chairman call over the same, priced at the dearest
 * chairman it may fall back to. Each part is at its model's price (unknown
 * models at the dearest known rate). The send holds the total; each call
 * settles its own part.
 */
export function councilHold(args: {
  members: readonly CouncilModel[];
  chairmen: readonly CouncilModel[];
  promptChars: number;
  maxTokens: number;
}): { parts: HoldPart[]; totalMicros: number } {
  const n = args.members.length;
  const laterPromptChars = args.promptChars + n * args.maxTokens + promptOverheadChars(n);
  const cost = (m: CouncilModel, promptChars: number) =>
    worstCaseCostMicros({ ...m, promptChars, maxTokens: args.maxTokens });
  const parts: HoldPart[] = [
    ...args.members.map((m, member) => ({ stage: "answer" as const, member, micros: cost(m, args.promptChars) })),
    ...args.members.map((m, member) => ({ stage: "review" as const, member, micros: cost(m, laterPromptChars) })),
    { stage: "chair", member: -1, micros: Math.max(...args.chairmen.map((m) => cost(m, laterPromptChars))) },
  ];
  return { parts, totalMicros: parts.reduce((sum, part) => sum + part.micros, 0) };
}

/**
 * Whether one more call may start within what the send held for the whole
 * council: what the calls so far cost plus this call's worst case (its prompt
 * as counted, a reply of `maxTokens`) must fit. Stage 1 and 2 calls always fit
 * (each has its own part); a chairman that failed after streaming has spent
 * part of the chair's share, so the next one may not — then no fallback is
 * tried and the daily cap stays unpassed.
 */
export function fitsInHold(args: {
  heldMicros: number;
  spentMicros: number;
  target: CouncilModel;
  promptTokens: number;
  maxTokens: number;
}): boolean {
  const worstCase = worstCaseCostMicrosForTokens({
    ...args.target,
    promptTokens: args.promptTokens,
    maxTokens: args.maxTokens,
  });
  return args.spentMicros + worstCase <= args.heldMicros;
}
