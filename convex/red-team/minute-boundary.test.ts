import { describe, expect, it, vi } from "vitest";
import { api } from "../_generated/api";
import { codeOf, newBackend, settle, signIn } from "../test.setup";
import { offlineWithFakeDate } from "./offline.setup";

// Many mutations on a 2-core machine shared with other suites: a limit on hangs, not a benchmark.
const HEAVY = 30_000;

// Attack: a fixed, clock-aligned minute lets 5 sends through at 0:59 and 5
// more at 1:01, ten in two seconds on a plan of five a minute.
offlineWithFakeDate();

const at = (minute: number, second: number) => Date.UTC(2026, 10, 22, 12, minute, second);

describe("red team: sends either side of a minute boundary", () => {
  it(
    "5 at 0:59 and 5 at 1:01: the second five are refused, each told exactly when the next passes",
    { timeout: HEAVY },
    async () => {
      const t = newBackend();
      const user = await signIn(t, { name: "boundary", tier: "free" });
      const sendAll = () =>
        Promise.allSettled(
          Array.from({ length: 5 }, (_, i) => user.mutation(api.chat.send.send, { content: `msg ${i}` })),
        );

      vi.setSystemTime(at(0, 59));
      expect((await sendAll()).every((r) => r.status === "fulfilled")).toBe(true);

      vi.setSystemTime(at(1, 1));
      const second = await sendAll();
      expect(second.map((r) => (r.status === "rejected" ? codeOf(r.reason) : "admitted"))).toEqual(
        Array(5).fill("rate_limited"),
      );
      // The countdown: the oldest admission (0:59) leaves the window at 1:59, 58 s from now.
      expect((second[0] as PromiseRejectedResult).reason.data).toMatchObject({
        retryAfterMs: 58_000,
        resetsAt: at(1, 59),
        limit: 5,
      });

      // The usage meter reads the same log: 5 used, back to 0 at 1:59.
      expect((await user.query(api.guardrails.usage.mine, {})).requests).toEqual({
        used: 5,
        limit: 5,
        resetsAt: at(1, 59),
      });
      expect(await t.run((ctx) => ctx.db.query("messages").collect())).toHaveLength(10); // 5 × (message + reply)

      // One millisecond early is still refused; at 1:59 the next one passes.
      vi.setSystemTime(at(1, 59) - 1);
      await expect(user.mutation(api.chat.send.send, { content: "too early" })).rejects.toSatisfy(
        (e) => codeOf(e) === "rate_limited",
      );
      vi.setSystemTime(at(1, 59));
      await expect(user.mutation(api.chat.send.send, { content: "on time" })).resolves.toBeDefined();
      await settle(t);
    },
  );

  it("a plan change does not reset the window: what was sent still counts", { timeout: HEAVY }, async () => {
    const t = newBackend();
    vi.setSystemTime(at(0, 30));
    const user = await signIn(t, { name: "switcher", tier: "free" });
    for (let i = 0; i < 5; i++) await user.mutation(api.chat.send.send, { content: `free ${i}` });
    await t.run((ctx) => ctx.db.patch(user.userId, { tier: "pro" }));
    expect((await user.query(api.guardrails.usage.mine, {})).requests).toMatchObject({ used: 5, limit: 30 });
    await settle(t);
  });
});
