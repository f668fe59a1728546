import { describe, expect, it } from "vitest";
import { api } from "../_generated/api";
import { codeOf, newBackend, signIn } from "../test.setup";

describe("pin and archive", () => {
  it("pinned conversations come first; archived ones leave the list for Archived; both reversible", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice", tier: "pro" });
    const create = (title: string) => alice.mutation(api.chat.conversations.create, { title });
    const old = await create("old");
    const middle = await create("middle");
    const newest = await create("newest");
    const titles = async () => (await alice.query(api.chat.conversations.list, {})).map((c) => c.title);
    expect(await titles()).toEqual(["newest", "middle", "old"]);

    await alice.mutation(api.chat.organize.setPinned, { conversationId: old, pinned: true });
    await alice.mutation(api.chat.organize.setArchived, { conversationId: middle, archived: true });
    expect(await titles()).toEqual(["old", "newest"]);
    expect((await alice.query(api.chat.conversations.list, {}))[0]).toMatchObject({ pinned: true, archived: false });
    expect((await alice.query(api.chat.organize.listArchived, {})).map((c) => c._id)).toEqual([middle]);

    // Archiving a pinned conversation unpins it; pinning an archived one brings it back.
    await alice.mutation(api.chat.organize.setArchived, { conversationId: old, archived: true });
    await alice.mutation(api.chat.organize.setPinned, { conversationId: middle, pinned: true });
    expect(await titles()).toEqual(["middle", "newest"]);
    await alice.mutation(api.chat.organize.setArchived, { conversationId: old, archived: false });
    await alice.mutation(api.chat.organize.setPinned, { conversationId: middle, pinned: false });
    expect(await titles()).toEqual(["newest", "middle", "old"]);
    expect(await alice.query(api.chat.organize.listArchived, {})).toEqual([]);
    expect(newest).toBeDefined();
  });

  it("nobody pins or archives someone else's conversation", async () => {
    const t = newBackend();
    const owner = await signIn(t, { name: "owner" });
    const other = await signIn(t, { name: "other" });
    const conversationId = await owner.mutation(api.chat.conversations.create, {});
    for (const attempt of [
      other.mutation(api.chat.organize.setPinned, { conversationId, pinned: true }),
      other.mutation(api.chat.organize.setArchived, { conversationId, archived: true }),
    ])
      expect(codeOf(await attempt.catch((e) => e))).toBe("not_found");
    expect(await owner.query(api.chat.conversations.list, {})).toMatchObject([
      { _id: conversationId, pinned: false, archived: false },
    ]);
  });
});
