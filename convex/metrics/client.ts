import { userMutation } from "../lib/functions";
import { recordLimitHit } from "./limits";
import { limitKindValidator } from "./tables";

/**
 * The client reports a send the server refused for a limit: the refusal
 * rolled back its own transaction, so the server could not count it then.
 * Idempotent per user, kind and minute, which is also its rate limit.
 */
export const reportLimitHit = userMutation({
  args: { kind: limitKindValidator },
  handler: async (ctx, { kind }) => ({ recorded: await recordLimitHit(ctx, ctx.user._id, kind) }),
});
