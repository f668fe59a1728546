// The browser's reply cache belongs to whoever is signed in: a different
// user gets an empty one, and signing out empties it, so nobody is ever shown
// a reply that was written for someone else's conversation.

import type { Id } from "../../../convex/_generated/dataModel";
import { createResponseCache, type ResponseCache } from "./response-cache";

/**
 * What a hit replays at once, and the stored reply it came from: the server
 * copies that reply itself (chat.cached.copyCachedReply) after verifying it
 * answered the same request, so the text shown here is never sent back.
 */
export type CachedReply = { messageId: Id<"messages">; content: string; provider: string; model: string };

let owner: string | null = null;
let cache: ResponseCache<CachedReply> | null = null;

export function replyCacheFor(userId: string): ResponseCache<CachedReply> {
  if (owner !== userId || !cache) {
    owner = userId;
    cache = createResponseCache<CachedReply>(); // 100 entries, 5 minutes
  }
  return cache;
}

/** The cache only if `userId` still owns it: a reply finishing after a user switch is not cached for anyone. */
export function replyCacheOwnedBy(userId: string): ResponseCache<CachedReply> | null {
  return owner === userId ? cache : null;
}

/** On sign-out. */
export function clearReplyCache(): void {
  owner = null;
  cache = null;
}
