import { afterEach, describe, expect, it } from "vitest";
import type { Id } from "../../../../convex/_generated/dataModel";
import type { Message } from "../message";
import { regenerateRequestFor } from "./cache-context";
import {
  exchangesIn,
  forgetStoredExchanges,
  isOptimistic,
  resetOptimisticExchangesForTests,
  showOptimisticExchange,
  withOptimistic,
} from "./optimistic-exchanges";

afterEach(resetOptimisticExchangesForTests);

const REPLY = {
  messageId: "m_source" as Id<"messages">,
  content: "Cached answer",
  provider: "groq",
  model: "openai/gpt-oss-20b",
};
const server = (id: string, role: "user" | "assistant", content: string, extra: Partial<Message> = {}) =>
  ({
    _id: id as Id<"messages">,
    _creationTime: 0,
    conversationId: "c1" as Id<"conversations">,
    role,
    content,
    status: "done",
    ...extra,
  }) as Message;

describe("optimistic cache hits", () => {
  it("shows the prompt and a cached, free reply, until the server lists the stored reply", () => {
    const handle = showOptimisticExchange("c1", "Q", REPLY, 5);
    handle.stored({ conversationId: "c1" as Id<"conversations">, assistantMessageId: "m9" as Id<"messages"> });
    const shownBefore = withOptimistic([server("m1", "user", "older")], exchangesIn("c1"));
    expect(shownBefore.map((m) => [m.role, m.content, m.cached ?? false, isOptimistic(m)])).toEqual([
      ["user", "older", false, false],
      ["user", "Q", false, true],
      ["assistant", "Cached answer", true, true],
    ]);
    const serverNow = [
      server("m1", "user", "older"),
      server("m8", "user", "Q"),
      server("m9", "assistant", "Cached answer", { cached: true }),
    ];
    expect(withOptimistic(serverNow, exchangesIn("c1")).map((m) => m._id)).toEqual(["m1", "m8", "m9"]);
    forgetStoredExchanges(serverNow);
    expect(exchangesIn("c1")).toEqual([]);
  });

  it("a discarded exchange disappears; a stored one moves from the new-conversation page to its conversation", () => {
    const discarded = showOptimisticExchange("new", "A", REPLY);
    discarded.discard();
    expect(exchangesIn("new")).toEqual([]);
    const moved = showOptimisticExchange("new", "B", REPLY);
    moved.stored({ conversationId: "c7" as Id<"conversations">, assistantMessageId: "m1" as Id<"messages"> });
    expect(exchangesIn("new")).toEqual([]);
    expect(exchangesIn("c7")).toHaveLength(1);
  });
});

describe("regenerateRequestFor", () => {
  it("finds the prompt a reply answered and the context it was asked in", () => {
    const messages = [
      server("m1", "user", "first"),
      server("m2", "assistant", "one"),
      server("m3", "user", "Q"),
      server("m4", "assistant", "cached", { cached: true }),
    ];
    expect(regenerateRequestFor(messages, { _id: "m4" as Id<"messages"> })).toEqual({
      prompt: "Q",
      staleContext: [
        { role: "user", content: "first" },
        { role: "assistant", content: "one" },
      ],
    });
    expect(regenerateRequestFor(messages, { _id: "m1" as Id<"messages"> })).toBeNull();
  });

  it("a Docs-mode prompt is asked again of the same corpus", () => {
    const messages = [
      server("m1", "user", "How do I descale?", { docsCorpus: "workspace" }),
      server("m2", "assistant", "Vinegar [1]"),
    ];
    expect(regenerateRequestFor(messages, { _id: "m2" as Id<"messages"> })).toStrictEqual({
      prompt: "How do I descale?",
      staleContext: [],
      docs: { corpus: "workspace" },
    });
    expect(
      regenerateRequestFor([server("m1", "user", "Q"), messages[1]!], { _id: "m2" as Id<"messages"> }),
    ).not.toHaveProperty("docs");
  });
});
