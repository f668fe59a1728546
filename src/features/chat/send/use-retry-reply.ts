import { useMutation } from "convex/react";
import { useCallback } from "react";
import { api } from "../../../../convex/_generated/api";
import { entitlementsFor } from "@rules/entitlements";
import { ownKeyFor } from "@/lib/byok/own-key";
import { SendRefusal } from "@/lib/byok/send-refusal";
import { useCurrentUser } from "@/lib/current-user/use-current-user";
import type { ByokProvider } from "@/lib/vault/byok-provider";
import type { Message } from "../message";
import { cacheContextOf, contextChars } from "./cache-context";
import { expectReply } from "./pending-replies";
import { useOwnKeyGeneration } from "./use-own-key-generation";

/**
 * Retry of a failed or stopped reply. A reply written with the user's own key
 * is generated with it again: limit and key are checked before the server
 * re-admits it, so a retry that cannot run never sits "pending".
 */
export function useRetryReply(messages: readonly Message[]) {
  const retry = useMutation(api.chat.send.retry);
  const generateWithOwnKey = useOwnKeyGeneration();
  const me = useCurrentUser();

  return useCallback(
    async (reply: Message) => {
      if (!me) throw new SendRefusal("Your account is still loading. Try again in a moment.");
      const index = messages.findIndex((message) => message._id === reply._id);
      const promptChars = contextChars(cacheContextOf(messages.slice(0, Math.max(index, 0))));
      const keyFor = (provider: ByokProvider) =>
        ownKeyFor({ provider, promptChars, maxTokens: entitlementsFor(me.tier).maxTokens });

      let apiKey = reply.byok ? await keyFor(reply.byok) : undefined;
      const { needsOwnKey } = await retry({ messageId: reply._id });
      expectReply(reply._id, { userId: me._id, sentAt: Date.now(), ...(needsOwnKey ? { byok: needsOwnKey } : {}) });
      if (!needsOwnKey) return;
      apiKey ??= await keyFor(needsOwnKey);
      generateWithOwnKey(reply._id, apiKey);
    },
    [me, messages, retry, generateWithOwnKey],
  );
}
