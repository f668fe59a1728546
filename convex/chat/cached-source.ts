// Which earlier reply a browser cache hit may be copied from. The browser
// only names a message id; everything copied (text, provider, model) is read
// here from that message, and only when it provably answered the same
// request: the user's own finished, provider-generated reply, finished less
// than the cache's lifetime ago, on the same failover chain (their own key
// for the same provider, or the deployment's chain), to the same prompt with
// the same context, and not to a prompt the injection heuristic flagged.
import type { Doc, Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { RESPONSE_CACHE_TTL_MS } from "../../rules/response-cache";
import { ownKeyChain, type FailoverTarget } from "../../rules/failover-chain";
import type { ProviderName } from "../providers/resilience/provider-name";
import type { ChatTurn } from "../providers/seam";
import { appError } from "../lib/errors";
import { conversationContext } from "./context";
import { instructionsChangedAt, systemTurnFor } from "../users/instructions-store";
import { shownMessages } from "./versions-branch";

export type CopyRequest = {
  user: Doc<"users">;
  sourceId: Id<"messages">;
  prompt: string;
  /** The conversation the copy goes into; undefined for a new one. */
  conversationId: Id<"conversations"> | undefined;
  ownKeyProvider: ProviderName | undefined;
  /** The deployment's failover chain. */
  chain: readonly FailoverTarget[];
  now: number;
};

/** The source reply when it verifiably answered this very request, else throws `cached_reply_unverified`. */
export async function verifiedCacheSource(ctx: QueryCtx, request: CopyRequest): Promise<Doc<"messages">> {
  const source = await ctx.db.get(request.sourceId);
  // Someone else's message is refused like a missing one: nobody learns what exists.
  if (!source || source.ownerId !== request.user._id || !isCopyable(source, request)) throw unverified();
  if (!(await sameInstructions(ctx, request, source))) throw unverified();
  // Its prompt on the shown branch (a hidden version is never a source: isCopyable).
  const prompt = await shownMessages(ctx, source.conversationId, source._creationTime).order("desc").first();
  if (prompt?.role !== "user" || prompt.content !== request.prompt || (prompt.flags?.length ?? 0) > 0)
    throw unverified();
  const sourceContext = await conversationContext(ctx, source.conversationId, prompt._creationTime);
  const requestContext = request.conversationId ? await conversationContext(ctx, request.conversationId) : [];
  if (!sameTurns(sourceContext, requestContext)) throw unverified();
  return source;
}

// sameTurns compares only the user's turns: the custom instructions (users/instructions-store.ts) must be the
// request's, and unchanged since the source finished, or the source answered another system message.
async function sameInstructions(ctx: QueryCtx, request: CopyRequest, source: Doc<"messages">): Promise<boolean> {
  const userId = request.user._id;
  const [sourceSystem, requestSystem] = [
    await systemTurnFor(ctx, userId, source.conversationId),
    await systemTurnFor(ctx, userId, request.conversationId),
  ];
  return (
    sourceSystem.content === requestSystem.content &&
    (await instructionsChangedAt(ctx, userId, source.conversationId)) < source.timings!.finishedAt!
  );
}

function isCopyable(source: Doc<"messages">, request: CopyRequest): boolean {
  const finishedAt = source.timings?.finishedAt;
  return (
    source.role === "assistant" &&
    source.status === "done" &&
    source.cached !== true && // a copy of a copy would stretch the lifetime without end
    source.hiddenBranch === undefined && // a hidden version answered another context
    source.errorCode === undefined &&
    finishedAt !== undefined &&
    request.now - finishedAt >= 0 &&
    request.now - finishedAt < RESPONSE_CACHE_TTL_MS &&
    source.byok === request.ownKeyProvider &&
    chainFor(request).some((link) => link.provider === source.provider && link.model === source.model)
  );
}

/** The chain this request would be answered on, as chat/reply-action.ts walks it. */
function chainFor({ chain, ownKeyProvider }: CopyRequest): readonly FailoverTarget[] {
  return ownKeyProvider ? ownKeyChain(ownKeyProvider, chain) : chain;
}

// The system prompt is the same for every request: compare what the user's turns were.
function sameTurns(a: readonly ChatTurn[], b: readonly ChatTurn[]): boolean {
  const turns = (context: readonly ChatTurn[]) =>
    JSON.stringify(context.filter((t) => t.role !== "system").map((t) => [t.role, t.content]));
  return turns(a) === turns(b);
}

const unverified = () => appError("cached_reply_unverified");
