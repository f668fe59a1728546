// How long an answered request may be answered again from the browser's
// response cache. The server verifies a cache hit against the same window
// (convex/chat/cached-source.ts), so both sides read it from here.
export const RESPONSE_CACHE_TTL_MS = 5 * 60_000;
