// Council mode through the real send path when things go wrong: members down,
// a ranking that cannot be parsed, Stop while the chairman writes, the daily
// cap reached while a council runs, and a full provider budget (the queue).
import { afterEach, describe, expect, it, vi } from "vitest";
import { receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import { cannotRankPhrase } from "../../scripts/harness/llm-server/council-reply";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { CHAIRMAN_PROMPT_MARKER } from "../../rules/council-prompts";
import { chairmanFallbackOrder, councilHold, DEFAULT_COUNCIL } from "../../rules/council";
import { entitlementsFor } from "../../rules/entitlements";
import { codeOf, newBackend, settle, signIn, type Backend } from "../test.setup";
import {
  expectBooksBalance,
  expectChargedLikeProduced,
  producedMicros,
  replyOf,
  spendOf,
  suiteProviders,
} from "../red-team/billing.test-helpers";

const llm = suiteProviders({ GROQ_API_KEY: "gsk_council_faults", OPENROUTER_API_KEY: "sk-or-council-faults" });
afterEach(() => {
  vi.useRealTimers();
});

const runOf = (t: Backend, messageId: Id<"messages">) =>
  t.run((ctx) =>
    ctx.db
      .query("councilRuns")
      .withIndex("by_message", (q) => q.eq("messageId", messageId))
      .first(),
  );
const stagesCalled = async (t: Backend, messageId: Id<"messages">) =>
  (await runOf(t, messageId))?.calls.map((c) => c.stage) ?? [];

/** Groq's request budget for this minute already spent (30 a minute: one shard), with the clock mid-minute so it stays spent. */
async function spendTheBudgetMidMinute(t: Backend) {
  vi.useFakeTimers({ toFake: ["Date"] });
  const windowStart = Date.UTC(2026, 10, 22, 12, 0, 0);
  vi.setSystemTime(windowStart + 20_000);
  await t.run((ctx) =>
    ctx.db.insert("providerShards", {
      provider: "groq",
      shard: 0,
      budgetWindow: { windowStart, count: 30 },
      keyCursor: 0,
      inFlight: 0,
    }),
  );
}

/** Nothing held, spend = the reply's cost, and the ledger agrees. */
async function expectSettledOnce(t: Backend, who: Pick<Backend, "query">, messageId: Id<"messages">) {
  const spend = await spendOf(who);
  expect(spend.reservedMicros).toBe(0);
  expect(spend.spentMicros).toBe((await replyOf(t, messageId))?.costMicros);
  expect(await expectBooksBalance(t)).toBe(spend.spentMicros);
  expect((await t.run((ctx) => ctx.db.query("holds").collect())).map((h) => h.state)).toEqual(["settled"]);
  return spend;
}

describe("council through send, under faults", () => {
  it(
    "all but one member down: a normal reply from the one that answered, which says so; no review, no chairman",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const ada = await signIn(t, { name: "ada", tier: "pro" });
      await setFault(llm.url, { model: "openai/gpt-oss-20b", fault: { status: 500 } });
      await setFault(llm.url, { model: "qwen/qwen3-coder:free", fault: { status: 503 } });
      const sent = await ada.mutation(api.chat.send.send, { content: "What is a hash map?", council: {} });
      await settle(t);

      const run = await runOf(t, sent.assistantMessageId);
      const reply = await replyOf(t, sent.assistantMessageId);
      expect(run?.status).toBe("degraded");
      expect(run?.note).toMatch(/Only one council member answered/);
      expect(run?.members.map((m) => m.answerStatus)).toEqual(["failed", "failed", "done"]);
      expect([reply?.status, reply?.model, reply?.content]).toEqual([
        "done",
        "llama-3.3-70b-versatile",
        run?.members[2]?.answer,
      ]);
      expect(await stagesCalled(t, sent.assistantMessageId)).toEqual(["answer"]);
      await expectSettledOnce(t, ada, sent.assistantMessageId);
    },
  );

  it(
    "an unparseable ranking is recorded with its reason and left out of the aggregate; the council still finishes",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const bo = await signIn(t, { name: "bo", tier: "pro" });
      const sent = await bo.mutation(api.chat.send.send, {
        content: `Compare quicksort and mergesort (${cannotRankPhrase("llama-3.3-70b-versatile")})`,
        council: {},
      });
      await settle(t);

      const run = await runOf(t, sent.assistantMessageId);
      expect(run?.status).toBe("done");
      expect(run?.members.map((m) => m.ranking?.status)).toEqual(["parsed", "parsed", "unparsed"]);
      expect(run?.members[2]?.ranking?.reason).toEqual(expect.any(String));
      expect(run?.members[2]?.reviewStatus).toBe("done"); // the review itself is kept and paid
      expect(run?.aggregate?.map((entry) => entry.votes)).toEqual([2, 2, 2]); // two rankings counted, not three
      expect((await replyOf(t, sent.assistantMessageId))?.status).toBe("done");
      await expectSettledOnce(t, bo, sent.assistantMessageId);
    },
  );

  it(
    "Stop while the chairman writes: no fallback chairman, every call so far paid, nothing held, run and reply stopped",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const cleo = await signIn(t, { name: "cleo", tier: "pro" });
      await setFault(llm.url, { promptIncludes: CHAIRMAN_PROMPT_MARKER, fault: { tokenDelayMs: 30 } }); // a slow chairman only
      const sent = await cleo.mutation(api.chat.send.send, { content: "Explain eventual consistency", council: {} });
      const background = settle(t);
      await expect
        .poll(async () => (await runOf(t, sent.assistantMessageId))?.finalText.length ?? 0, {
          timeout: 15_000,
          interval: 20,
        })
        .toBeGreaterThan(0);
      expect(await cleo.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId })).toBe(true);
      await background;
      await settle(t);

      const run = await runOf(t, sent.assistantMessageId);
      expect([run?.status, (await replyOf(t, sent.assistantMessageId))?.status]).toEqual(["stopped", "stopped"]);
      expect(await stagesCalled(t, sent.assistantMessageId)).toEqual([
        "answer",
        "answer",
        "answer",
        "review",
        "review",
        "review",
        "chair",
      ]);
      expect(run?.chairmanFailures).toEqual([]);
      expect(run?.calls.find((c) => c.stage === "chair")?.costMicros).toBeGreaterThan(0); // the stopped chairman's text is paid
      const spend = await expectSettledOnce(t, cleo, sent.assistantMessageId);
      expectChargedLikeProduced(spend.spentMicros, await producedMicros(llm.url), 200);
    },
  );

  it(
    "cap reached mid-council: the council's whole worst case is held before stage 1, other sends are refused while it runs, and the day's spend never passes the cap",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const dee = await signIn(t, { name: "dee", tier: "pro" });
      const content = "Plan a database migration";
      await setFault(llm.url, { fault: { tokenDelayMs: 20 } }); // time to try other sends while it runs
      const sent = await dee.mutation(api.chat.send.send, { content, council: {} });
      const held = (await spendOf(dee)).reservedMicros;
      // Today's cap is now exactly what this council holds.
      await t.run((ctx) => ctx.db.patch(dee.userId, { dailyCapOverrideMicros: held }));
      const background = settle(t);
      await expect
        .poll(
          async () => (await runOf(t, sent.assistantMessageId))?.members.some((m) => m.answer.length > 0) ?? false,
          { timeout: 10_000, interval: 20 },
        )
        .toBe(true);
      // What was held is 2N+1 calls' worst case over the context the members were sent (the chairman at the dearest of its fallbacks), not one reply's.
      const promptChars = (await receivedRequests(llm.url)).find((r) => r.messages)!.messages!.chars;
      const whole = councilHold({
        members: DEFAULT_COUNCIL.members,
        chairmen: chairmanFallbackOrder(DEFAULT_COUNCIL.chairman),
        promptChars,
        maxTokens: entitlementsFor("pro").maxTokens,
      });
      expect(held).toBe(whole.totalMicros);

      const messagesBefore = await t.run(async (ctx) => (await ctx.db.query("messages").collect()).length);
      for (const attempt of [
        { content: "Meanwhile, a quick question" },
        { content: "And another council", council: {} },
      ]) {
        expect(codeOf(await dee.mutation(api.chat.send.send, attempt).catch((e: unknown) => e))).toBe("daily_cost_cap");
      }
      expect(await t.run(async (ctx) => (await ctx.db.query("messages").collect()).length)).toBe(messagesBefore);
      await background;
      await settle(t);

      expect((await runOf(t, sent.assistantMessageId))?.status).toBe("done");
      const spend = await expectSettledOnce(t, dee, sent.assistantMessageId);
      expect(spend.spentMicros).toBeLessThanOrEqual(held);
      expect(spend.spentMicros).toBeGreaterThan(0);
    },
  );

  it(
    "waits its turn in the provider queue when the primary's budget is spent, and calls nobody until the next window",
    { timeout: 30_000 },
    async () => {
      vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
      const windowStart = Date.UTC(2026, 10, 22, 12, 0, 0);
      vi.setSystemTime(windowStart + 59_500); // the next budget window half a second away
      const t = newBackend();
      // Groq's request budget for this minute is already spent (30 a minute: one shard).
      await t.run((ctx) =>
        ctx.db.insert("providerShards", {
          provider: "groq",
          shard: 0,
          budgetWindow: { windowStart, count: 30 },
          keyCursor: 0,
          inFlight: 0,
        }),
      );
      const eve = await signIn(t, { name: "eve", tier: "pro" });
      const sent = await eve.mutation(api.chat.send.send, { content: "Queue me", council: {} });
      expect(await eve.query(api.providers.queue.position, { messageId: sent.assistantMessageId })).toBe(1);
      // Its re-run is scheduled for the next window, on the real clock: wait for it.
      await settle(t);
      await expect
        .poll(async () => (await runOf(t, sent.assistantMessageId))?.status, { timeout: 10_000, interval: 50 })
        .toBe("done");
      await settle(t);

      const chats = (await receivedRequests(llm.url)).filter((r) => r.messages !== null);
      expect(chats.length).toBe(7);
      expect(Math.min(...chats.map((r) => Date.parse(r.at)))).toBeGreaterThanOrEqual(windowStart + 60_000);
      const run = await runOf(t, sent.assistantMessageId);
      expect(run?.status).toBe("done");
      expect(run?.members.map((m) => m.answerStatus)).toEqual(["done", "done", "done"]);
      expect(await eve.query(api.providers.queue.position, { messageId: sent.assistantMessageId })).toBeNull();
      await expectSettledOnce(t, eve, sent.assistantMessageId);
    },
  );

  it("refused as busy, storing nothing and holding nothing, when the queue is full", async () => {
    const t = newBackend();
    await spendTheBudgetMidMinute(t);
    const gus = await signIn(t, { name: "gus", tier: "pro" });
    process.env.LLM_QUEUE_MAX = "0";
    try {
      const refused = await gus
        .mutation(api.chat.send.send, { content: "No room", council: {} })
        .catch((e: unknown) => e);
      expect(codeOf(refused)).toBe("busy");
    } finally {
      delete process.env.LLM_QUEUE_MAX;
    }
    expect(
      await t.run(async (ctx) => [
        (await ctx.db.query("messages").collect()).length,
        (await ctx.db.query("councilRuns").collect()).length,
      ]),
    ).toEqual([0, 0]);
    expect((await spendOf(gus)).reservedMicros).toBe(0);
  });

  it(
    "a council stopped while it waits in the queue leaves the queue and calls nobody",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      await spendTheBudgetMidMinute(t);
      const fin = await signIn(t, { name: "fin", tier: "pro" });
      const sent = await fin.mutation(api.chat.send.send, { content: "Queue me, then stop", council: {} });
      await fin.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId });
      await settle(t);
      expect((await runOf(t, sent.assistantMessageId))?.status).toBe("stopped");
      expect(await t.run((ctx) => ctx.db.query("generationQueue").collect())).toEqual([]);
      expect((await receivedRequests(llm.url)).filter((r) => r.messages !== null)).toEqual([]);
      expect(await spendOf(fin)).toMatchObject({ reservedMicros: 0, spentMicros: 0 });
    },
  );
});
