import { describe, expect, it, vi } from "vitest";
import { api } from "../_generated/api";
import { codeOf, newBackend, settle, signIn } from "../test.setup";
import { offlineWithFakeDate } from "./offline.setup";
import { userMessageFor } from "../../rules/errors";
import { entitlementsFor } from "../../rules/entitlements";

// Many mutations on a 2-core machine shared with other suites: a limit on hangs, not a benchmark.
const HEAVY = 30_000;

// Attack: nothing bounded how many messages one user stores; at 5 a minute
// forever, or across many conversations, storage grows without limit.
offlineWithFakeDate(Date.UTC(2026, 10, 22, 12, 0, 0));

const countsOf = (t: ReturnType<typeof newBackend>) => t.run((ctx) => ctx.db.query("storageCounts").collect());

describe("red team: stored-message quota", () => {
  it(
    "counts every stored message, refuses the send that would pass the quota with what to delete, and gives room back on delete",
    { timeout: HEAVY },
    async () => {
      const t = newBackend();
      const user = await signIn(t, { name: "archivist", tier: "free" });
      const limit = entitlementsFor("free").maxStoredMessages;

      const first = await user.mutation(api.chat.send.send, { content: "one" });
      await settle(t);
      await user.mutation(api.chat.send.send, { conversationId: first.conversationId, content: "two" });
      await settle(t);
      expect(await countsOf(t)).toMatchObject([{ conversations: 1, messages: 4 }]);

      // Fast-forward: the user already keeps limit - 1 messages (as 1,000 minutes of sends would leave).
      await t.run(async (ctx) => {
        const [row] = await ctx.db.query("storageCounts").collect();
        await ctx.db.patch(row!._id, { messages: limit - 1 });
      });
      const error = await user
        .mutation(api.chat.send.send, { conversationId: first.conversationId, content: "three" })
        .catch((e) => e);
      expect(codeOf(error)).toBe("quota_exceeded");
      expect(error.data).toMatchObject({ field: "messages", limit });
      expect(userMessageFor(error.data, Date.now())).toBe(
        "You've reached your plan's limit of 2,000 stored messages. Delete old conversations to make room for new messages.",
      );
      // Refused: nothing stored, and the rolling limit and the budget were not charged.
      expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(4);
      expect((await user.query(api.guardrails.usage.mine, {})).requests.used).toBe(2);
      expect((await user.query(api.guardrails.usage.mine, {})).spend.reservedMicros).toBe(0);

      // Deleting the conversation gives its 4 messages (and itself) back.
      await user.mutation(api.chat.conversations.remove, { conversationId: first.conversationId });
      expect(await countsOf(t)).toMatchObject([{ conversations: 0, messages: limit - 5 }]);
      await expect(user.mutation(api.chat.send.send, { content: "fits again" })).resolves.toBeDefined();
      expect((await user.query(api.guardrails.usage.mine, {})).requests.used).toBe(3);
      await settle(t);
    },
  );

  it("many conversations share one quota", { timeout: HEAVY }, async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "spreader", tier: "free" });
    for (let i = 0; i < 3; i++) {
      vi.setSystemTime(Date.UTC(2026, 10, 22, 12, i, 0));
      await user.mutation(api.chat.send.send, { content: `conversation ${i}` });
    }
    await settle(t);
    expect(await countsOf(t)).toMatchObject([{ conversations: 3, messages: 6 }]);
  });
});
