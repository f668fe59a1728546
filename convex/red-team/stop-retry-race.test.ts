// Attack: Stop, then Retry while the first generation is still finishing. The
// old generation used to settle the new hold (and the new one settle again):
// holds undercounted, the reply counted twice. Every order of stop, retry,
// completion and delete must leave each attempt's hold settled exactly once,
// by that attempt, for what it produced.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { clearFaults, clearRequests, setFault } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { codeOf, newBackend, settle, signIn, startProviders, type Backend } from "../test.setup";
import {
  expectBooksBalance,
  expectChargedLikeProduced,
  PAID_CHAIN,
  producedMicros,
  replyOf,
  spendOf,
  untilStreaming,
} from "./billing.test-helpers";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({
    GROQ_API_KEY: "gsk_red_team",
    OPENROUTER_API_KEY: "sk-or-red-team",
    LLM_FAILOVER_CHAIN: PAID_CHAIN,
  });
});
afterAll(() => llm.close());
beforeEach(async () => {
  await clearRequests(llm.url);
  await setFault(llm.url, { fault: { tokenDelayMs: 25 } }); // ~1 s a reply: time for races
});
afterEach(() => clearFaults(llm.url));

type Step = "stop" | "retry" | "delete" | "complete" | "streaming";
type Scene = {
  t: Backend;
  user: Awaited<ReturnType<typeof signIn>>;
  conversationId: Id<"conversations">;
  replyId: Id<"messages">;
};

const act: Record<Step, (s: Scene) => Promise<unknown>> = {
  streaming: (s) => untilStreaming(s.t, s.replyId),
  stop: (s) => s.user.mutation(api.chat.send.stop, { messageId: s.replyId }),
  // Retry right after a Stop: the first generation has not noticed yet and is still running.
  // After completion a retry is refused (only failed or stopped replies retry): also a correct ending.
  retry: (s) =>
    s.user
      .mutation(api.chat.send.retry, { messageId: s.replyId })
      .catch((e) => expect(codeOf(e)).toBe("invalid_input")),
  delete: (s) => s.user.mutation(api.chat.conversations.remove, { conversationId: s.conversationId }),
  complete: (s) => settle(s.t),
};

const orders: Step[][] = [
  ["streaming", "stop", "retry", "complete"],
  ["streaming", "stop", "retry", "streaming", "stop", "retry", "complete"],
  ["streaming", "stop", "retry", "delete", "complete"],
  ["streaming", "stop", "retry", "streaming", "delete", "complete"],
  ["streaming", "stop", "delete", "complete"],
  ["streaming", "delete", "complete"],
  ["complete", "stop", "retry", "complete"],
  ["streaming", "stop", "complete", "retry", "complete"],
  ["stop", "retry", "streaming", "stop", "complete"],
  ["streaming", "stop", "retry", "stop", "retry", "complete"],
];

it.each(orders.map((steps) => ({ order: steps.join(" → "), steps })))(
  "$order: every attempt paid once, by itself",
  { timeout: 30_000 },
  async ({ steps }) => {
    const t = newBackend();
    const user = await signIn(t, { name: "racer", tier: "pro" });
    const sent = await user.mutation(api.chat.send.send, { content: "race me" });
    const scene = { t, user, conversationId: sent.conversationId, replyId: sent.assistantMessageId };
    const background = settle(t);
    for (const step of steps) await act[step](scene);
    await background;
    await settle(t);

    const spend = await spendOf(user);
    expect(spend.reservedMicros).toBe(0);
    expectChargedLikeProduced(spend.spentMicros, await producedMicros(llm.url));
    expect(await expectBooksBalance(t)).toBe(spend.spentMicros);
    const reply = await replyOf(t, sent.assistantMessageId);
    if (steps.includes("delete")) expect(reply).toBeNull();
    else expect(reply?.costMicros).toBeGreaterThan(0);
  },
);
