import { PROMPT_PAIRS, type PromptPair } from "../../convex/cache/prompt-pairs.test-data";
import { clearFaults, setFault } from "../harness/llm-server/control";
import { startLlmServer } from "../harness/llm-server/server";
import { createEngine, type Engine } from "../harness/local-backend/engine";

// The server cache on the local backend (our convex/ on the convex-test
// engine, in-process) against the LLM server:
//  - send → reply done, answered by the server cache vs by a fresh generation;
//  - the labelled prompt pairs replayed through send: each pair's first prompt
//    asked (and cached), then its second, by a user of its own; with providers
//    up (exact / semantic / fresh) and with every provider down (relaxed).

type Reply = { status: string; cacheTier?: string };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ISSUER = "http://127.0.0.1:9";

function benchUser(engine: Engine, name: string) {
  const identity = {
    tokenIdentifier: `${ISSUER}|${name}`,
    subject: name,
    issuer: ISSUER,
    name,
    email: `${name}@bench.local`,
    dev_tier: "enterprise",
  };
  return {
    ensure: () => engine.run("mutation", "users/me:ensure", {}, identity),
    /** Sends `content` in a new conversation and waits until its reply ends; the time is send → reply ended in the database. */
    async ask(content: string): Promise<Reply & { ms: number }> {
      const started = performance.now();
      const sent = await engine.run("mutation", "chat/send:send", { content }, identity);
      if (!sent.ok) throw new Error(sent.message);
      const id = (sent.value as { assistantMessageId: string }).assistantMessageId;
      for (let i = 0; i < 3000; i++) {
        const reply = (await engine.runInTransaction((ctx) => ctx.db.get(id as never))) as Reply | null;
        if (reply && reply.status !== "pending" && reply.status !== "streaming")
          return { ...reply, ms: performance.now() - started };
        await sleep(10);
      }
      throw new Error("reply never ended");
    },
  };
}

/** Runs `work` over `items`, `width` at a time. */
async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width)
    out.push(...(await Promise.all(items.slice(i, i + width).map((item, j) => work(item, i + j)))));
  return out;
}

export async function cacheServerFigures() {
  const llm = await startLlmServer();
  Object.assign(process.env, {
    DEV_AUTH_ISSUER: ISSUER,
    GROQ_API_KEY: "bench-groq-key",
    OPENROUTER_API_KEY: "bench-openrouter-key",
    GROQ_BASE_URL: `${llm.url}/groq`,
    OPENROUTER_BASE_URL: `${llm.url}/openrouter/api/v1`,
    LLM_RETRY_BASE_DELAY_MS: "1",
    LLM_RETRY_MAX_DELAY_MS: "5",
    LLM_GROQ_RPM: "6000",
    LLM_OPENROUTER_RPM: "6000",
    LLM_GROQ_DAILY_QUOTA: "1000000",
    LLM_OPENROUTER_DAILY_QUOTA: "1000000",
  });
  const engine = await createEngine("convex");
  try {
    // Send → reply done: a fresh generation, then the same prompt again (a new conversation: the server's exact tier).
    const timer = benchUser(engine, "bench-cache-timer");
    await timer.ensure();
    const fresh: number[] = [];
    const hit: number[] = [];
    for (let i = 0; i < 7; i++) {
      const prompt = `How does the server cache answer question ${i}?`;
      const first = await timer.ask(prompt);
      const again = await timer.ask(prompt);
      if (first.cacheTier !== "fresh" || again.cacheTier !== "exact")
        throw new Error(`unexpected tiers ${first.cacheTier} → ${again.cacheTier}`);
      fresh.push(first.ms);
      hit.push(again.ms);
    }

    const replay = async (label: string, pairs: readonly PromptPair[], providersDown: boolean) => {
      const users = await inBatches(pairs, 20, async (_pair, i) => {
        const user = benchUser(engine, `bench-${label}-${i}`);
        await user.ensure();
        return user;
      });
      await inBatches(pairs, 10, (pair, i) => users[i]!.ask(pair.a));
      if (providersDown) await setFault(llm.url, { fault: { status: 503 } });
      try {
        return await inBatches(pairs, 10, async (pair, i) => ({ pair, reply: await users[i]!.ask(pair.b) }));
      } finally {
        await clearFaults(llm.url);
      }
    };
    const upResults = await replay("up", PROMPT_PAIRS, false);
    // Providers down, the exact and semantic tiers answer as they did; replay only what they did not answer.
    const unanswered = upResults.filter((r) => r.reply.cacheTier === "fresh").map((r) => r.pair);
    const downResults = await replay("down", unanswered, true);
    const answeredUp = upResults.filter((r) => r.reply.cacheTier !== "fresh");
    const up = tally(upResults);
    const down = tally([...answeredUp, ...downResults]);
    return { freshMs: median(fresh), hitMs: median(hit), ratio: median(hit) / median(fresh), up, down };
  } finally {
    await llm.close();
  }
}

/** Per tier, how many paraphrases it answered (hits) and how many near misses (false hits). */
function tally(results: ReadonlyArray<{ pair: PromptPair; reply: Reply }>) {
  const paraphrases = results.filter((r) => r.pair.kind === "paraphrase");
  const nearMisses = results.filter((r) => r.pair.kind === "near_miss");
  const cachedTier = (r: { reply: Reply }) =>
    r.reply.status === "done" && r.reply.cacheTier !== "fresh" ? r.reply.cacheTier : undefined;
  const byTier = (rows: typeof results) => {
    const counts: Record<string, number> = {};
    for (const row of rows) {
      const tier = cachedTier(row);
      if (tier) counts[tier] = (counts[tier] ?? 0) + 1;
    }
    return counts;
  };
  return {
    paraphrases: paraphrases.length,
    nearMisses: nearMisses.length,
    hitsByTier: byTier(paraphrases),
    falseHitsByTier: byTier(nearMisses),
    falseHits: nearMisses.filter(cachedTier).length,
  };
}
