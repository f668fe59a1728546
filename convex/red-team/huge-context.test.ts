import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearRequests, receivedRequests } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { codeOf, newBackend, settle, signIn, startProviders } from "../test.setup";
import { PROMPT_FRAME_TOKENS, TURN_OVERHEAD_TOKENS } from "../../rules/context-budget";
import { entitlementsFor } from "../../rules/entitlements";
import { worstCaseCostMicrosForTokens } from "../../rules/worst-case-cost";

// Many mutations on a 2-core machine shared with other suites: a limit on hangs, not a benchmark.
const HEAVY = 30_000;

// Attack: the context was bounded by message count only, so 20 long turns
// (1.87 M characters) reached the provider in one request, and the hold was
// priced on characters rather than on what was sent.
let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_test_key_one", OPENROUTER_API_KEY: "sk-or-test-key" });
});
afterAll(() => llm.close());

const TURN_CHARS = 50_000;
const longTurn = (i: number) =>
  `Turn ${i}: ${"the history of this conversation goes on and on ".repeat(TURN_CHARS / 48)}`.slice(0, TURN_CHARS);

describe("red team: a 2 MB conversation", () => {
  it(
    "what reaches the LLM server stays within the free tier's token budget, and the hold is priced on exactly that",
    { timeout: HEAVY },
    async () => {
      const t = newBackend();
      const user = await signIn(t, { name: "hoarder", tier: "free" });
      // 40 finished turns of 50,000 characters: 2 MB of history, stored directly.
      const conversationId: Id<"conversations"> = await t.run(async (ctx) => {
        const id = await ctx.db.insert("conversations", { ownerId: user.userId, title: "long", updatedAt: Date.now() });
        for (let i = 0; i < 40; i++) {
          await ctx.db.insert("messages", {
            conversationId: id,
            ownerId: user.userId,
            role: i % 2 ? "assistant" : "user",
            content: longTurn(i),
            status: "done",
          });
        }
        return id;
      });
      await clearRequests(llm.url);

      const sent = await user.mutation(api.chat.send.send, { conversationId, content: "Summarise everything above." });
      const hold = (await t.run((ctx) => ctx.db.get(sent.assistantMessageId)))?.reservation;
      await settle(t);

      const chats = (await receivedRequests(llm.url)).filter((r) => r.messages !== null);
      expect(chats).toHaveLength(1);
      const received = chats[0]!.messages!;
      const budget = entitlementsFor("free").contextTokenBudget;
      const promptTokens = received.tokens + PROMPT_FRAME_TOKENS + TURN_OVERHEAD_TOKENS * received.count;
      expect(promptTokens).toBeLessThanOrEqual(budget);
      expect(received.chars).toBeLessThan(2 * TURN_CHARS); // not 2 MB
      // System prompt, the newest turn that fits, and the user's new message, whole.
      expect(received.count).toBe(3);
      expect(received.chars).toBeGreaterThan(TURN_CHARS);

      // The hold was the dearest chained model's worst case on those very tokens.
      expect(hold?.micros).toBe(
        worstCaseCostMicrosForTokens({
          provider: "groq",
          model: "openai/gpt-oss-20b",
          promptTokens,
          maxTokens: entitlementsFor("free").maxTokens,
        }),
      );
      const reply = await t.run((ctx) => ctx.db.get(sent.assistantMessageId));
      expect(reply?.status).toBe("done");
    },
  );

  it(
    "a single message bigger than the budget is refused, naming the limit, and nothing is stored or sent",
    { timeout: HEAVY },
    async () => {
      const t = newBackend();
      const user = await signIn(t, { name: "one-big-message", tier: "free" });
      await clearRequests(llm.url);
      // 40,000 CJK characters: within the 50,000-character input limit, about 40,000 tokens.
      const error = await user.mutation(api.chat.send.send, { content: "数据".repeat(20_000) }).catch((e) => e);
      expect(codeOf(error)).toBe("invalid_input");
      expect(error.data.message).toMatch(/your plan sends at most 16,000 tokens to the model per request/);
      expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(0);
      expect(await t.run((ctx) => ctx.db.query("conversations").collect())).toHaveLength(0);
      await settle(t);
      expect(await receivedRequests(llm.url)).toHaveLength(0);
    },
  );
});
