// What each plan may do, as data (in the spirit of Vercel chat SDK's
// entitlements.ts). Both the Convex backend (enforcement) and the SPA
// (display) read this one table, so they cannot disagree.
import { isMicros, MICROS_PER_USD } from "./money";
import { MODEL_CATALOGUE, type TierModels } from "./providers/catalogue";

// Kept importable from here because the entitlements contract names it.
export { formatUsd } from "./money";

/** The plans, cheapest first: the one list the tier type, the Convex validator and the tests derive from. */
export const TIERS = ["free", "pro", "enterprise"] as const;
export type Tier = (typeof TIERS)[number];

export const ROLES = ["user", "admin"] as const;
export type Role = (typeof ROLES)[number];

export type Entitlements = {
  /** Chat requests admitted in any rolling 60-second span (rules/rate-window.ts). */
  requestsPerMinute: number;
  /**
   * New conversations a minute (explicit or by a first send; one shared
   * convex-helpers token bucket). Never below requestsPerMinute, so a user
   * starting a new chat with every message is only held by the message limit.
   */
  conversationsPerMinute: number;
  /** Conversations one user may keep; delete one to start another. */
  maxConversations: number;
  /** Messages (the user's and the replies) one user may keep across all conversations. */
  maxStoredMessages: number;
  /**
   * Prompt tokens (o200k) the model may be sent per request, system prompt and
   * chat-template overhead included; the oldest turns are dropped to fit.
   * Leaves room for maxTokens inside every chained model's context window.
   */
  contextTokenBudget: number;
  /** Reply cap sent to the provider as max tokens; also bounds worst-case cost. */
  maxTokens: number;
  /** Spend allowed per UTC day, integer micro-USD. */
  dailyCostCapMicros: number;
  /** The models the tier may pick, its default, its council's and its embedders (rules/providers/catalogue.ts). */
  models: TierModels;
};

/** $1.00 a day: the default for every tier until a tier or a user says otherwise. */
export const DEFAULT_DAILY_COST_CAP_MICROS = 1 * MICROS_PER_USD;

const entitlementsByTier: Readonly<Record<Tier, Readonly<Entitlements>>> = {
  free: {
    requestsPerMinute: 5,
    conversationsPerMinute: 5,
    maxConversations: 100,
    maxStoredMessages: 2_000,
    contextTokenBudget: 16_000,
    maxTokens: 1024,
    dailyCostCapMicros: DEFAULT_DAILY_COST_CAP_MICROS,
    models: MODEL_CATALOGUE.free,
  },
  pro: {
    requestsPerMinute: 30,
    conversationsPerMinute: 30,
    maxConversations: 1_000,
    maxStoredMessages: 20_000,
    contextTokenBudget: 32_000,
    maxTokens: 4096,
    dailyCostCapMicros: DEFAULT_DAILY_COST_CAP_MICROS,
    models: MODEL_CATALOGUE.pro,
  },
  enterprise: {
    requestsPerMinute: 100,
    conversationsPerMinute: 100,
    maxConversations: 5_000,
    maxStoredMessages: 100_000,
    contextTokenBudget: 96_000,
    maxTokens: 8192,
    dailyCostCapMicros: DEFAULT_DAILY_COST_CAP_MICROS,
    models: MODEL_CATALOGUE.enterprise,
  },
};

export function isTier(value: unknown): value is Tier {
  return typeof value === "string" && (TIERS as readonly string[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function entitlementsFor(tier: Tier): Readonly<Entitlements> {
  return entitlementsByTier[tier];
}

/**
 * The daily cap that applies to one user: their personal override when one is
 * set (0 is a valid override: it blocks paid usage), else their tier's cap.
 * A malformed override throws rather than silently falling back, so a bad admin
 * write is noticed; validate overrides with `isMicros` when storing them.
 */
export function dailyCostCapFor(tier: Tier, userOverrideMicros?: number | null): number {
  if (userOverrideMicros === undefined || userOverrideMicros === null) {
    return entitlementsByTier[tier].dailyCostCapMicros;
  }
  if (!isMicros(userOverrideMicros)) {
    throw new RangeError(`Daily cap override must be integer micro-USD >= 0, got ${userOverrideMicros}`);
  }
  return userOverrideMicros;
}
