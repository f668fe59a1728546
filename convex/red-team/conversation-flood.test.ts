import { describe, expect, it, vi } from "vitest";
import { api } from "../_generated/api";
import { codeOf, newBackend, settle, signIn } from "../test.setup";
import { offlineWithFakeDate } from "./offline.setup";
import { entitlementsFor } from "../../rules/entitlements";

// Many mutations on a 2-core machine shared with other suites: a limit on hangs, not a benchmark.
const HEAVY = 30_000;

// Attack: `chat.conversations.create` had no limit at all: hundreds of
// conversations a second, and no ceiling on how many one user keeps.
offlineWithFakeDate(Date.UTC(2026, 10, 22, 12, 0, 0));

const conversationsOf = (t: ReturnType<typeof newBackend>) => t.run((ctx) => ctx.db.query("conversations").collect());

describe("red team: conversation flood", () => {
  it(
    "200 concurrent creates: exactly the free tier's 5 a minute, the rest refused with a wait, and nothing stored for them",
    { timeout: HEAVY },
    async () => {
      const t = newBackend();
      const user = await signIn(t, { name: "flooder", tier: "free" });
      const results = await Promise.allSettled(
        Array.from({ length: 200 }, (_, i) => user.mutation(api.chat.conversations.create, { title: `c${i}` })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(
        entitlementsFor("free").conversationsPerMinute,
      );
      const refusal = (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason;
      expect(codeOf(refusal)).toBe("rate_limited");
      expect(refusal.data.retryAfterMs).toBeGreaterThan(0);
      expect(refusal.data.retryAfterMs).toBeLessThanOrEqual(60_000);
      expect(await conversationsOf(t)).toHaveLength(5);
    },
  );

  it("creating and sending into new conversations share one budget", { timeout: HEAVY }, async () => {
    const t = newBackend();
    const user = await signIn(t, { name: "mixer", tier: "free" });
    for (let i = 0; i < 5; i++) await user.mutation(api.chat.conversations.create, {});
    // The message limit has room (nothing sent yet), the conversation budget has none.
    const error = await user.mutation(api.chat.send.send, { content: "a sixth conversation" }).catch((e) => e);
    expect(codeOf(error)).toBe("rate_limited");
    expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(0);
    // Into an existing conversation it goes through.
    const [first] = await conversationsOf(t);
    await expect(
      user.mutation(api.chat.send.send, { conversationId: first!._id, content: "hello" }),
    ).resolves.toBeDefined();
    await settle(t);
  });

  it(
    "at the conversation quota (100 on free) a new one is refused with what to delete, until one is deleted",
    { timeout: HEAVY },
    async () => {
      const t = newBackend();
      const user = await signIn(t, { name: "collector", tier: "free" });
      const limit = entitlementsFor("free").maxConversations;
      for (let i = 0; i < limit; i++) {
        vi.setSystemTime(Date.UTC(2026, 10, 22, 12, 0, 0) + i * 15_000); // slower than the rate limit
        await user.mutation(api.chat.conversations.create, { title: `c${i}` });
      }
      vi.setSystemTime(Date.UTC(2026, 10, 22, 13, 0, 0));
      const error = await user.mutation(api.chat.conversations.create, {}).catch((e) => e);
      expect(error.data).toMatchObject({ code: "quota_exceeded", field: "conversations", limit });
      // The implicit creation in send is held to the same quota, and stores nothing.
      expect(codeOf(await user.mutation(api.chat.send.send, { content: "new chat" }).catch((e) => e))).toBe(
        "quota_exceeded",
      );
      expect(await conversationsOf(t)).toHaveLength(limit);

      const [oldest] = await conversationsOf(t);
      await user.mutation(api.chat.conversations.remove, { conversationId: oldest!._id });
      await expect(user.mutation(api.chat.conversations.create, {})).resolves.toBeDefined();
    },
  );
});
