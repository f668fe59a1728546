// The browser's reply cache belongs to whoever is signed in: a different
// user gets an empty one, and signing out empties it, so nobody is ever shown
// a reply that was written for someone else's conversation.

import { createResponseCache, type ResponseCache } from "./response-cache";

/** What a hit replays: the reply and who originally wrote it. */
export type CachedReply = { content: string; provider: string; model: string };

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
