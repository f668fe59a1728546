import { afterEach, expect, it } from "vitest";
import type { Id } from "../../../convex/_generated/dataModel";
import { clearReplyCache, replyCacheFor, replyCacheOwnedBy } from "./user-reply-cache";

const REPLY = { messageId: "m1" as Id<"messages">, content: "A", provider: "groq", model: "openai/gpt-oss-20b" };
afterEach(clearReplyCache);

it("another user signing in gets an empty cache; the first user's entries are gone for good", () => {
  replyCacheFor("alice").set("k", REPLY);
  expect(replyCacheFor("alice").get("k")).toEqual(REPLY);
  expect(replyCacheFor("bob").get("k")).toBeUndefined();
  expect(replyCacheFor("alice").get("k")).toBeUndefined();
});

it("sign-out empties it, and a reply finishing afterwards is cached for no one", () => {
  replyCacheFor("alice").set("k", REPLY);
  clearReplyCache();
  expect(replyCacheOwnedBy("alice")).toBeNull();
  expect(replyCacheFor("alice").get("k")).toBeUndefined();
});
