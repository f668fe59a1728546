import { paginationOptsValidator } from "convex/server";
import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import { userQuery } from "../lib/functions";
import { ownConversation } from "./ownership";
import { versionsShownFor } from "./versions";
import { shownMessages } from "./versions-branch";
import type { VersionPosition } from "./versions-rules";

type ListedMessage = ReturnType<typeof forUser> & { versions?: VersionPosition<Id<"messages">> };

/**
 * The shown branch of a conversation (convex/chat/versions.ts), newest first, one page at a time;
 * a message with other versions carries where it stands among them (‹ 2/3 ›).
 */
export const list = userQuery({
  args: { conversationId: v.id("conversations"), paginationOpts: paginationOptsValidator },
  handler: async (ctx, { conversationId, paginationOpts }) => {
    await ownConversation(ctx, ctx.user, conversationId);
    const page = await shownMessages(ctx, conversationId).order("desc").paginate(paginationOpts);
    const listed = await Promise.all(
      page.page.map(async (message): Promise<ListedMessage> => {
        const versions = await versionsShownFor(ctx, message);
        return versions ? { ...forUser(message), versions } : forUser(message);
      }),
    );
    return { ...page, page: listed };
  },
});

/**
 * What a user may see of a message. Reservations and the attempt id (its
 * hold's row) are bookkeeping; attempts
 * keep only which provider and model were tried (the footer's failover
 * note): key ids, status codes, latencies and error classes are operational
 * and stay in admin views and metrics.
 */
export function forUser({
  reservation: _r,
  attemptId: _a,
  ownerId: _o,
  hiddenBranch: _h,
  attempts,
  ...message
}: Doc<"messages">) {
  return {
    ...message,
    ...(attempts ? { attempts: attempts.map(({ provider, model }) => ({ provider, model })) } : {}),
  };
}
