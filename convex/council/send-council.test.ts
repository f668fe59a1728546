// Council mode through the real send path: chat.send.send → council.generate.run
// → runCouncil over the offline LLM server → chat.ending.finish. One hold for
// the whole council attempt, settled once with every call's cost.
import { describe, expect, it } from "vitest";
import { receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { CHAIRMAN_PROMPT_MARKER, RANKING_PROMPT_MARKER } from "../../rules/council-prompts";
import { codeOf, newBackend, settle, signIn, type Backend } from "../test.setup";
import {
  expectBooksBalance,
  expectChargedLikeProduced,
  producedMicros,
  replyOf,
  spendOf,
  suiteProviders,
} from "../red-team/billing.test-helpers";

const llm = suiteProviders({ GROQ_API_KEY: "gsk_council", OPENROUTER_API_KEY: "sk-or-council" });

const runOf = (t: Backend, messageId: Id<"messages">) =>
  t.run((ctx) =>
    ctx.db
      .query("councilRuns")
      .withIndex("by_message", (q) => q.eq("messageId", messageId))
      .first(),
  );
const stored = (t: Backend) =>
  t.run(async (ctx) => ({
    conversations: (await ctx.db.query("conversations").collect()).length,
    messages: (await ctx.db.query("messages").collect()).length,
    runs: (await ctx.db.query("councilRuns").collect()).length,
    holds: (await ctx.db.query("holds").collect()).length,
  }));

describe("council through send", () => {
  it(
    "full flow: three answers, three reviews, the chairman's answer as the reply; one hold settled with every call's cost",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const pat = await signIn(t, { name: "pat", tier: "pro" });
      const sent = await pat.mutation(api.chat.send.send, { content: "Which database should I use?", council: {} });
      const held = await spendOf(pat);
      expect(held.reservedMicros).toBeGreaterThan(0);
      await settle(t);

      const reply = await replyOf(t, sent.assistantMessageId);
      const run = await runOf(t, sent.assistantMessageId);
      expect(run?.status).toBe("done");
      expect(run?.members.map((m) => [m.answerStatus, m.reviewStatus])).toEqual([
        ["done", "done"],
        ["done", "done"],
        ["done", "done"],
      ]);
      expect(run?.aggregate?.length).toBe(3);
      expect(run?.calls).toHaveLength(7);
      expect(reply?.status).toBe("done");
      expect(reply?.content).toBe(run?.finalText);
      expect(reply?.content.length).toBeGreaterThan(0);
      expect([reply?.provider, reply?.model]).toEqual([run?.chairman?.provider, run?.chairman?.model]);

      // Settled once: what every call cost, nothing still held, the books balance.
      const spend = await spendOf(pat);
      expect(spend.reservedMicros).toBe(0);
      expect(reply?.costMicros).toBe(run!.calls.reduce((sum, c) => sum + c.costMicros, 0));
      expect(spend.spentMicros).toBe(reply?.costMicros);
      expect(await expectBooksBalance(t)).toBe(spend.spentMicros);
      expect((await t.run((ctx) => ctx.db.query("holds").collect())).length).toBe(1);
      expectChargedLikeProduced(spend.spentMicros, await producedMicros(llm.url));

      // One message is one request toward the per-minute limit, however many calls the council made.
      expect((await pat.query(api.guardrails.usage.mine, {})).requests.used).toBe(1);
      expect((await producedMicros(llm.url)).calls).toBe(7);
    },
  );

  it(
    "Stop mid-council cancels every stage, charges what was produced and leaves no hold",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const sam = await signIn(t, { name: "sam", tier: "pro" });
      await setFault(llm.url, { fault: { tokenDelayMs: 30 } }); // slow streams: time to press Stop mid-answer
      const sent = await sam.mutation(api.chat.send.send, {
        content: "Tell me a long story about councils",
        council: {},
      });
      const background = settle(t);
      await expect
        .poll(
          async () => (await runOf(t, sent.assistantMessageId))?.members.some((m) => m.answer.length > 0) ?? false,
          { timeout: 10_000, interval: 20 },
        )
        .toBe(true);
      expect(await sam.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId })).toBe(true);
      await background;
      await settle(t);

      const reply = await replyOf(t, sent.assistantMessageId);
      const run = await runOf(t, sent.assistantMessageId);
      expect(reply?.status).toBe("stopped");
      expect(run?.status).toBe("stopped");
      expect(run?.members.every((m) => m.reviewStatus === "waiting")).toBe(true); // no later stage started
      const spend = await spendOf(sam);
      expect(spend.reservedMicros).toBe(0);
      expect(spend.spentMicros).toBe(reply?.costMicros);
      expect(await expectBooksBalance(t)).toBe(spend.spentMicros);
      const produced = await producedMicros(llm.url);
      expect(produced.calls).toBeGreaterThan(0);
      expectChargedLikeProduced(spend.spentMicros, produced, 3 * 200);
      const paidStreams = run!.calls.filter((c) => c.costMicros > 0).length;
      expect(paidStreams).toBeGreaterThan(0); // the paid members' stopped answers were charged
    },
  );

  it("cap reached: a council whose worst case does not fit today's cap is refused before anything is stored", async () => {
    const t = newBackend();
    const kim = await signIn(t, { name: "kim", tier: "pro" });
    // Room for a normal reply's hold but not for 2N+1 calls.
    await t.run((ctx) => ctx.db.patch(kim.userId, { dailyCapOverrideMicros: 20_000 }));
    const before = await stored(t);
    const error = await kim
      .mutation(api.chat.send.send, { content: "Convene the council", council: {} })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("daily_cost_cap");
    expect(await stored(t)).toEqual(before);
    expect((await spendOf(kim)).reservedMicros).toBe(0);
    expect((await kim.query(api.guardrails.usage.mine, {})).requests.used).toBe(0);
    // The same message without a council fits.
    await kim.mutation(api.chat.send.send, { content: "Convene the council" });
  });

  it("refuses the free tier, the user's own key, and models off the catalogue, storing nothing", async () => {
    const t = newBackend();
    const fay = await signIn(t, { name: "fay", tier: "free" });
    const pro = await signIn(t, { name: "pro", tier: "pro" });
    const before = await stored(t);
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: unknown) => ({ code: codeOf(e), message: (e as { data?: { message?: string } }).data?.message }),
      );

    expect(await refusal(fay.mutation(api.chat.send.send, { content: "hi", council: {} }))).toEqual({
      code: "invalid_input",
      message: expect.stringMatching(/not part of your plan/),
    });
    expect(
      await refusal(pro.mutation(api.chat.send.send, { content: "hi", council: {}, ownKeyProvider: "groq" })),
    ).toEqual({ code: "invalid_input", message: expect.stringMatching(/own key/) });
    const offCatalogue = {
      members: [
        { provider: "groq", model: "openai/gpt-oss-20b" },
        { provider: "groq", model: "made-up-free-model" },
      ],
    };
    expect(await refusal(pro.mutation(api.chat.send.send, { content: "hi", council: offCatalogue }))).toEqual({
      code: "invalid_input",
      message: expect.stringMatching(/not available/),
    });
    const tooMany = {
      members: [0, 1, 2, 3].map(
        (i) =>
          [
            { provider: "groq", model: "openai/gpt-oss-20b" },
            { provider: "openrouter", model: "qwen/qwen3-coder:free" },
            { provider: "groq", model: "llama-3.3-70b-versatile" },
            { provider: "groq", model: "openai/gpt-oss-120b" },
          ][i]!,
      ),
    };
    expect(await refusal(pro.mutation(api.chat.send.send, { content: "hi", council: tooMany }))).toEqual({
      code: "invalid_input",
      message: expect.stringMatching(/fewer council members/),
    });
    // Council and Docs mode together: one or the other, never a council over retrieved sources it did not hold for.
    expect(
      await refusal(pro.mutation(api.chat.send.send, { content: "hi", council: {}, docs: { corpus: "workspace" } })),
    ).toEqual({ code: "invalid_input", message: expect.stringMatching(/can't be combined/) });
    expect(await stored(t)).toEqual(before);
    expect((await fay.query(api.guardrails.usage.mine, {})).requests.used).toBe(0);
  });

  it("one member down: the council goes on with the other two", { timeout: 30_000 }, async () => {
    const t = newBackend();
    const lee = await signIn(t, { name: "lee", tier: "pro" });
    await setFault(llm.url, { model: "llama-3.3-70b-versatile", fault: { status: 500 } });
    const sent = await lee.mutation(api.chat.send.send, { content: "What is a B-tree?", council: {} });
    await settle(t);
    const run = await runOf(t, sent.assistantMessageId);
    expect(run?.status).toBe("done");
    expect(run?.members.map((m) => m.answerStatus)).toEqual(["done", "done", "failed"]);
    expect((await replyOf(t, sent.assistantMessageId))?.status).toBe("done");
    expect((await spendOf(lee)).reservedMicros).toBe(0);
    await expectBooksBalance(t);
  });

  it(
    "a council stopped before it started holds nothing, and is retried as a council with a new run and a new hold",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const ray = await signIn(t, { name: "ray", tier: "pro" });
      const sent = await ray.mutation(api.chat.send.send, { content: "Will this work?", council: {} });
      await ray.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId });
      await settle(t);
      expect((await replyOf(t, sent.assistantMessageId))?.status).toBe("stopped");
      expect((await runOf(t, sent.assistantMessageId))?.status).toBe("stopped");
      expect(await spendOf(ray)).toMatchObject({ reservedMicros: 0, spentMicros: 0 });

      await ray.mutation(api.chat.send.retry, { messageId: sent.assistantMessageId });
      await settle(t);
      const reply = await replyOf(t, sent.assistantMessageId);
      const runs = await t.run((ctx) => ctx.db.query("councilRuns").collect());
      expect(runs.map((r) => r.status)).toEqual(["stopped", "done"]);
      expect(reply?.status).toBe("done");
      expect(reply?.content).toBe(runs[1]?.finalText);
      expect((await spendOf(ray)).reservedMicros).toBe(0);
      expect((await t.run((ctx) => ctx.db.query("holds").collect())).length).toBe(1);
      expect(await expectBooksBalance(t)).toBe(reply?.costMicros);
    },
  );

  it(
    "a council of chosen members is retried with those members, not the defaults, and the retry is checked again",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const una = await signIn(t, { name: "una", tier: "pro" });
      const chosen = [
        { provider: "groq", model: "openai/gpt-oss-120b" },
        { provider: "openrouter", model: "qwen/qwen3-coder" },
      ];
      const sent = await una.mutation(api.chat.send.send, { content: "Pick for me", council: { members: chosen } });
      await una.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId });
      await settle(t);
      await una.mutation(api.chat.send.retry, { messageId: sent.assistantMessageId });
      await settle(t);
      const runs = await t.run((ctx) => ctx.db.query("councilRuns").collect());
      expect(runs.map((r) => r.members.map(({ provider, model }) => ({ provider, model })))).toEqual([chosen, chosen]);
      expect(runs[1]?.status).toBe("done");
      const asked = new Set((await receivedRequests(llm.url)).filter((r) => r.messages).map((r) => r.model));
      expect(asked.has("llama-3.3-70b-versatile")).toBe(false); // a default member never sat

      // Downgraded meanwhile: the retry is refused like a send, and nothing is held.
      await una.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId }).catch(() => false);
      await t.run((ctx) => ctx.db.patch(sent.assistantMessageId, { status: "failed" }));
      await t.run((ctx) => ctx.db.patch(una.userId, { tier: "free" }));
      const refused = await una
        .mutation(api.chat.send.retry, { messageId: sent.assistantMessageId })
        .catch((e: unknown) => e);
      expect(codeOf(refused)).toBe("invalid_input");
      expect((await spendOf(una)).reservedMicros).toBe(0);
    },
  );

  it(
    "Stop in the review stage: no chairman is asked, the answers and the reviews so far are paid, no hold left",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const val = await signIn(t, { name: "val", tier: "pro" });
      await setFault(llm.url, { promptIncludes: RANKING_PROMPT_MARKER, fault: { tokenDelayMs: 30 } }); // slow reviews only
      const sent = await val.mutation(api.chat.send.send, { content: "Compare two sorting algorithms", council: {} });
      const background = settle(t);
      await expect
        .poll(
          async () => (await runOf(t, sent.assistantMessageId))?.members.some((m) => m.review.length > 0) ?? false,
          { timeout: 10_000, interval: 20 },
        )
        .toBe(true);
      await val.mutation(api.chat.send.stop, { messageId: sent.assistantMessageId });
      await background;
      await settle(t);

      const run = await runOf(t, sent.assistantMessageId);
      expect(run?.status).toBe("stopped");
      expect(run?.calls.filter((c) => c.stage === "answer")).toHaveLength(3);
      expect(run?.calls.filter((c) => c.stage === "chair")).toHaveLength(0);
      const reply = await replyOf(t, sent.assistantMessageId);
      expect(reply?.status).toBe("stopped");
      const spend = await spendOf(val);
      expect(spend.reservedMicros).toBe(0);
      expect(spend.spentMicros).toBe(reply?.costMicros);
      expect(await expectBooksBalance(t)).toBe(spend.spentMicros);
      expectChargedLikeProduced(spend.spentMicros, await producedMicros(llm.url), 3 * 200);
    },
  );

  it(
    "chairman down: the next catalogue model writes the final answer, and its failed attempts are in the run",
    { timeout: 30_000 },
    async () => {
      const t = newBackend();
      const cy = await signIn(t, { name: "cy", tier: "pro" });
      await setFault(llm.url, {
        model: "openai/gpt-oss-120b",
        promptIncludes: CHAIRMAN_PROMPT_MARKER,
        fault: { status: 500 },
      });
      const sent = await cy.mutation(api.chat.send.send, { content: "Summarise the CAP theorem", council: {} });
      await settle(t);
      const run = await runOf(t, sent.assistantMessageId);
      const reply = await replyOf(t, sent.assistantMessageId);
      expect(run?.status).toBe("done");
      expect(run?.chairmanFailures.map((f) => f.model)).toEqual(["openai/gpt-oss-120b"]);
      expect(run?.chairman).toEqual({ provider: "openrouter", model: "qwen/qwen3-coder" });
      expect([reply?.status, reply?.model, reply?.content]).toEqual(["done", "qwen/qwen3-coder", run?.finalText]);
      expect((await spendOf(cy)).reservedMicros).toBe(0);
      await expectBooksBalance(t);
    },
  );
});
