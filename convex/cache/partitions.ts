import type { Id } from "../_generated/dataModel";
import { sharedScopeEnabled } from "./config";
import { cacheScopeOf, type CacheScope } from "./eligibility";
import type { CacheTurn } from "./normalise";
import type { AuthorProfile } from "./personal-markers";
import type { Partition } from "./tables";

/**
 * The tiers a request may use and the partitions it may read: the owner's
 * own, plus "shared" only when the operator enabled the shared scope
 * (`CACHE_SHARED_SCOPE`, Convex env) and the prompt qualifies. Every reader
 * (the send's probe, the lookup, serving) computes this itself from the
 * server's own view of the request; nobody passes partitions in.
 */
export function cacheReachOf(
  ownerId: Id<"users">,
  turns: readonly CacheTurn[],
  profile: AuthorProfile,
): { scope: CacheScope; partitions: Partition[] } {
  const sharedScope = sharedScopeEnabled();
  const scope = cacheScopeOf(turns, { sharedScope, profile: sharedScope ? profile : {} });
  return { scope, partitions: scope.shared ? [ownerId, "shared"] : [ownerId] };
}
