// Pure rules of message versions (edit and resend, regenerate, flip ‹ 1/2 ›):
// which message may get a new version, which version may be shown, and where
// a version stands among its siblings. The Convex side is versions.ts.

/**
 * At most this many messages change branch in one edit, regenerate or flip (one
 * transaction writes each of them): an edit further back is refused, not cut short.
 */
export const MAX_BRANCH_MESSAGES = 1_000;

type Versionable = { role: "user" | "assistant"; status: string; hiddenBranch?: unknown };

/** Why `message` cannot be edited and resent, or null when it can. */
export function editRefusal(message: Versionable): string | null {
  if (message.role !== "user") return "Only your own messages can be edited.";
  if (message.hiddenBranch !== undefined) return "Show this version first, then edit it.";
  return null;
}

/** Why `reply` cannot be regenerated, or null when it can: a finished reply on the shown branch. */
export function regenerateRefusal(reply: Versionable): string | null {
  if (reply.role !== "assistant") return "Only a reply can be regenerated.";
  if (reply.hiddenBranch !== undefined) return "Show this version first, then regenerate it.";
  if (reply.status === "pending" || reply.status === "streaming")
    return "This reply is still being written: wait for it, or stop it.";
  return null;
}

/**
 * A version can be shown only when it heads its own hidden branch (it was
 * replaced by a sibling, not hidden with an earlier message) and is not shown yet.
 */
export function isSelectable<Id>(version: { _id: Id; hiddenBranch?: Id }): boolean {
  return version.hiddenBranch === version._id;
}

export type VersionPosition<Id> = { index: number; count: number; previousId?: Id; nextId?: Id };

/** Where `shownId` stands among its versions (oldest first): "‹ index/count ›", 1-based, with its neighbours. */
export function versionPosition<Id>(versionIds: readonly Id[], shownId: Id): VersionPosition<Id> | null {
  const at = versionIds.indexOf(shownId);
  if (at < 0 || versionIds.length < 2) return null;
  return { index: at + 1, count: versionIds.length, previousId: versionIds[at - 1], nextId: versionIds[at + 1] };
}
