import { ConvexError } from "convex/values";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { clearFaults, clearRequests, receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import { keyIdOf } from "../../scripts/harness/llm-server/key-id";
import { api, internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { newBackend, settle, signIn, startProviders } from "../test.setup";
import { utcDayKey } from "../../rules/daily-budget";
import { keyIdFor } from "./resilience/key-id";

let llm: Awaited<ReturnType<typeof startProviders>>;
const ENV = ["GROQ_API_KEY", "GROQ_API_KEYS", "LLM_GROQ_DAILY_QUOTA", "OPENROUTER_API_KEY"];
beforeAll(async () => {
  llm = await startProviders();
});
afterEach(async () => {
  for (const name of ENV) delete process.env[name];
  vi.useRealTimers();
  await clearFaults(llm.url);
  await clearRequests(llm.url);
});
afterAll(() => llm.close());

describe("several keys per provider", () => {
  it("rotates round-robin, skipping an exhausted key and a rejected one, and alerts once on the rejection", async () => {
    const [exhausted, rejected, good] = ["gsk_key_exhausted", "gsk_key_rejected", "gsk_key_good"];
    Object.assign(process.env, { GROQ_API_KEYS: `${exhausted},${rejected},${good}`, LLM_GROQ_DAILY_QUOTA: "50" });
    await setFault(llm.url, { provider: "groq", keyId: await keyIdOf(rejected), fault: { status: 401 } });
    const t = newBackend();
    const user = await signIn(t, { name: "rotator", tier: "enterprise" });
    await t.run((ctx) =>
      ctx.db.insert("keyUsage", {
        provider: "groq",
        keyId: keyIdFor("groq", exhausted),
        day: utcDayKey(Date.now()),
        used: 50,
        bad: false,
      }),
    );

    for (let i = 0; i < 4; i++) {
      await user.mutation(api.chat.send.send, { content: `rotate ${i}` });
      await settle(t);
    }
    const seen = (await receivedRequests(llm.url)).filter((r) => r.provider === "groq").map((r) => r.keyId);
    expect(seen).not.toContain(await keyIdOf(exhausted));
    const [rejectedId, goodId] = [await keyIdOf(rejected), await keyIdOf(good)];
    expect(seen.filter((id) => id === rejectedId)).toHaveLength(1);
    expect(seen.filter((id) => id === goodId)).toHaveLength(4);
    const replies = await t.run((ctx) =>
      ctx.db
        .query("messages")
        .filter((q) => q.eq(q.field("role"), "assistant"))
        .collect(),
    );
    expect(replies.every((r) => r.status === "done" && r.provider === "groq")).toBe(true);
    const alerts = await t.run((ctx) => ctx.db.query("alerts").collect());
    expect(alerts.filter((a) => a.kind === "key_rejected")).toHaveLength(1);
    // Only ids are stored: no key value anywhere in the database.
    const everything = JSON.stringify(
      await t.run(async (ctx) => [await ctx.db.query("keyUsage").collect(), replies, alerts]),
    );
    for (const key of [exhausted, rejected, good]) expect(everything).not.toContain(key);
  });

  it("alerts once when a key passes 90 % of its daily quota", async () => {
    Object.assign(process.env, { GROQ_API_KEY: "gsk_single", LLM_GROQ_DAILY_QUOTA: "10" });
    const t = newBackend();
    const user = await signIn(t, { name: "quota", tier: "enterprise" });
    for (let i = 0; i < 10; i++) {
      await user.mutation(api.chat.send.send, { content: `quota ${i}` });
      await settle(t);
    }
    const alerts = await t.run((ctx) => ctx.db.query("alerts").collect());
    expect(alerts.filter((a) => a.kind === "key_quota_90")).toHaveLength(1);
  });
});

describe("bounded queue when the provider budget is full", () => {
  it("queues 100 with their positions, refuses 50 as busy, and drains in order", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 10, 22, 12, 0, 5));
    const t = newBackend();
    // Groq's budget for this minute is already spent (30 a minute: one budget shard).
    await t.run((ctx) =>
      ctx.db.insert("providerShards", {
        provider: "groq",
        shard: 0,
        budgetWindow: { windowStart: Date.UTC(2026, 10, 22, 12, 0, 0), count: 30 },
        keyCursor: 0,
        inFlight: 0,
      }),
    );
    const users = [
      await signIn(t, { name: "q1", tier: "enterprise" }),
      await signIn(t, { name: "q2", tier: "enterprise" }),
    ];
    const sent: Id<"messages">[] = [];
    const refused: ConvexError<{ code: string; retryAfterMs: number }>[] = [];
    for (let i = 0; i < 150; i++) {
      const result = await users[i % 2]!.mutation(api.chat.send.send, { content: `queued ${i}` }).catch((e) => e);
      if (result instanceof Error) refused.push(result as never);
      else sent.push(result.assistantMessageId);
    }
    expect(sent).toHaveLength(100);
    expect(refused).toHaveLength(50);
    expect(refused.every((e) => e.data.code === "busy" && e.data.retryAfterMs > 0)).toBe(true);
    const positions = await Promise.all(
      sent.map((messageId, i) => users[i % 2]!.query(api.providers.queue.position, { messageId })),
    );
    expect(positions).toEqual(sent.map((_, i) => i + 1));

    // Next window: 30 may go, oldest first; a later one must wait its turn.
    vi.setSystemTime(Date.UTC(2026, 10, 22, 12, 1, 0));
    expect(await t.mutation(internal.providers.queue.claimTurn, { messageId: sent[40]! })).toMatchObject({ go: false });
    for (const messageId of sent.slice(0, 30))
      expect(await t.mutation(internal.providers.queue.claimTurn, { messageId })).toEqual({ go: true });
    expect(await users[0]!.query(api.providers.queue.position, { messageId: sent[30]! })).toBe(1);
    // 150 sends through convex-test take 8-13 s on a loaded 2-core machine; correctness, not speed, is tested here.
  }, 60_000);
});
