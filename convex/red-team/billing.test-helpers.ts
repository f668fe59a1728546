// Shared by the billing red-team suites (two dots: not deployed). What the
// LLM server says it produced is the truth a provider bills by; the budget
// must agree with it.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { clearFaults, clearRequests, receivedRequests } from "../../scripts/harness/llm-server/control";
import { costMicros, priceFor } from "../../rules/pricing";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { type Backend, startProviders } from "../test.setup";

/** A dear primary and a paid fallback, so every token shows in the spend (the free fallback would hide it). */
export const PAID_CHAIN = "groq:llama-3.3-70b-versatile,openrouter:qwen/qwen3-coder";

/**
 * The LLM server for one red-team file, on the paid chain: started once,
 * its request log and fault rules cleared around every test.
 */
export function redTeamProviders() {
  return suiteProviders({
    GROQ_API_KEY: "gsk_red_team",
    OPENROUTER_API_KEY: "sk-or-red-team",
    LLM_FAILOVER_CHAIN: PAID_CHAIN,
  });
}

/**
 * One LLM server for a whole suite, the deployment configured with `env`
 * (startProviders); each test starts with an empty request log and ends with
 * no fault left set.
 */
export function suiteProviders(env: Parameters<typeof startProviders>[0]) {
  let llm: Awaited<ReturnType<typeof startProviders>>;
  beforeAll(async () => {
    llm = await startProviders(env);
  });
  afterAll(() => llm.close());
  beforeEach(() => clearRequests(llm.url));
  afterEach(() => clearFaults(llm.url));
  return {
    get url() {
      return llm.url;
    },
  };
}

/** The cost of everything the LLM server produced (prompt + tokens sent) for these requests, priced like a bill. */
export async function producedMicros(llmUrl: string): Promise<{ micros: number; calls: number }> {
  const produced = (await receivedRequests(llmUrl)).filter((r) => r.produced);
  const micros = produced.reduce((sum, r) => sum + costMicros(priceFor(r.provider, r.model ?? ""), r.produced!), 0);
  return { micros, calls: produced.length };
}

/**
 * Our estimates count with o200k; the offline server's "tokens" are
 * word-sized (its demo text is ~1.6 o200k tokens per server token). Charged
 * must be within that margin of produced: never near zero (the attacks),
 * never double (a second settle). `inFlightMicros`: what a stopped stream
 * may have produced after our last read, before the abort reached the
 * server (we charge what we read); 0 where streams are slow enough.
 */
export function expectChargedLikeProduced(
  charged: number,
  produced: { micros: number; calls: number },
  inFlightMicros = 0,
) {
  expect(charged).toBeGreaterThanOrEqual(Math.floor(produced.micros * 0.75) - produced.calls - inFlightMicros);
  expect(charged).toBeLessThanOrEqual(Math.ceil(produced.micros * 2) + 2 * produced.calls);
}

export const spendOf = async (as: Pick<Backend, "query">) => (await as.query(api.guardrails.usage.mine, {})).spend;
export const replyOf = (t: Backend, messageId: Id<"messages">) => t.run((ctx) => ctx.db.get(messageId));

/** Waits until the reply shows text (its generation is streaming). */
export async function untilStreaming(t: Backend, messageId: Id<"messages">) {
  await expect
    .poll(async () => (await replyOf(t, messageId))?.content.length ?? 0, { timeout: 5000, interval: 20 })
    .toBeGreaterThan(0);
}

/** Every attempt's hold, and the reply metrics: one metric per settled hold, nothing left held. */
export async function ledger(t: Backend) {
  return t.run(async (ctx) => ({
    holds: await ctx.db.query("holds").collect(),
    metrics: await ctx.db.query("replyMetrics").collect(),
    spend: await ctx.db.query("dailySpend").collect(),
  }));
}

/** The books balance: every hold settled, one metric per hold, metrics cost = budget spend = sum of hold charges. */
export async function expectBooksBalance(t: Backend) {
  const { holds, metrics, spend } = await ledger(t);
  expect(holds.filter((h) => h.state !== "settled")).toEqual([]);
  expect(metrics).toHaveLength(holds.length);
  const spent = spend.reduce((s, r) => s + r.spentMicros, 0);
  expect(spend.reduce((s, r) => s + r.reservedMicros, 0)).toBe(0);
  expect(holds.filter((h) => !h.byok).reduce((s, h) => s + h.costMicros!, 0)).toBe(spent);
  expect(metrics.filter((m) => !m.byok).reduce((s, m) => s + m.costMicros, 0)).toBe(spent);
  return spent;
}
