import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api } from "../_generated/api";
import { newBackend, settle, signIn, startProviders } from "../test.setup";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ GROQ_API_KEY: "gsk_test_key_one", OPENROUTER_API_KEY: "sk-or-test-key" });
});
afterAll(() => llm.close());

describe("sending into an archived conversation", () => {
  it("brings it back to the list, since it has a new message", async () => {
    const t = newBackend();
    const alice = await signIn(t, { name: "alice", tier: "pro" });
    const { conversationId } = await alice.mutation(api.chat.send.send, { content: "first question" });
    await settle(t);
    await alice.mutation(api.chat.organize.setArchived, { conversationId, archived: true });
    expect(await alice.query(api.chat.conversations.list, {})).toEqual([]);

    await alice.mutation(api.chat.send.send, { conversationId, content: "one more thing" });
    await settle(t);
    expect(await alice.query(api.chat.conversations.list, {})).toMatchObject([
      { _id: conversationId, archived: false },
    ]);
    expect(await alice.query(api.chat.organize.listArchived, {})).toEqual([]);
  });
});
