import { useMutation } from "convex/react";
import { useCallback, useMemo } from "react";
import { api } from "../../../../convex/_generated/api";
import { entitlementsFor } from "@rules/entitlements";
import { chainFor } from "@/lib/byok/byok-chain";
import { ownKeyFor } from "@/lib/byok/own-key";
import { SendRefusal } from "@/lib/byok/send-refusal";
import { useByokPreference } from "@/lib/byok/use-byok-preference";
import { useCurrentUser } from "@/lib/current-user/use-current-user";
import { track } from "@/lib/monitoring/posthog";
import { cacheKey } from "@/lib/response-cache/cache-key";
import { replyCacheFor } from "@/lib/response-cache/user-reply-cache";
import type { ByokProvider } from "@/lib/vault/byok-provider";
import type { Message } from "../message";
import { cacheContextOf, contextChars, regenerateRequestFor } from "../send/cache-context";
import { expectReply } from "../send/pending-replies";
import { useOwnKeyGeneration } from "../send/use-own-key-generation";

/**
 * Edit and resend, and Regenerate: both are server versions
 * (`chat.send.edit`, `chat.send.regenerate`), refused like a send. The
 * browser's part is the user's own key (its limit and key checked before the
 * server is asked, like a send) and the response cache: a regenerated answer
 * is never served from it, and replaces the stale entry once it is done.
 */
export function useVersionActions(messages: readonly Message[]) {
  const editMessage = useMutation(api.chat.send.edit);
  const regenerateReply = useMutation(api.chat.send.regenerate);
  const generateWithOwnKey = useOwnKeyGeneration();
  const me = useCurrentUser();
  const byok = useByokPreference();

  const edit = useCallback(
    async (message: Message, content: string) => {
      if (!me) throw new SendRefusal("Your account is still loading. Try again in a moment.");
      const context = cacheContextOf(
        messages.slice(
          0,
          Math.max(
            messages.findIndex((m) => m._id === message._id),
            0,
          ),
        ),
      );
      const apiKey = byok
        ? await ownKeyFor({
            provider: byok,
            promptChars: contextChars(context) + content.length,
            maxTokens: entitlementsFor(me.tier).maxTokens,
          })
        : undefined;
      const sent = await editMessage({ messageId: message._id, content, ownKeyProvider: byok ?? undefined });
      const key = await cacheKey({ chain: chainFor(byok), context, prompt: content });
      expectReply(sent.assistantMessageId, {
        userId: me._id,
        sentAt: Date.now(),
        cacheKey: key,
        ...(byok ? { byok } : {}),
      });
      if (apiKey) generateWithOwnKey(sent.assistantMessageId, apiKey);
      track("message_sent");
    },
    [me, byok, messages, editMessage, generateWithOwnKey],
  );

  const regenerate = useCallback(
    async (reply: Message) => {
      if (!me) throw new SendRefusal("Your account is still loading. Try again in a moment.");
      const request = regenerateRequestFor(messages, reply);
      if (!request)
        throw new SendRefusal("The question this reply answers is not loaded yet: scroll up and try again.");
      const keyFor = (provider: ByokProvider) =>
        ownKeyFor({
          provider,
          promptChars: contextChars(request.staleContext) + request.prompt.length,
          maxTokens: entitlementsFor(me.tier).maxTokens,
        });
      const apiKey = reply.byok ? await keyFor(reply.byok) : undefined;
      const key = await cacheKey({
        chain: chainFor(reply.byok ?? null),
        context: request.staleContext,
        prompt: request.prompt,
      });
      const { messageId, needsOwnKey } = await regenerateReply({ messageId: reply._id });
      // The stale answer is not served again; the fresh one takes its place when done.
      replyCacheFor(me._id).delete(key);
      expectReply(messageId, {
        userId: me._id,
        sentAt: Date.now(),
        cacheKey: key,
        ...(needsOwnKey ? { byok: needsOwnKey } : {}),
      });
      if (needsOwnKey) generateWithOwnKey(messageId, apiKey ?? (await keyFor(needsOwnKey)));
    },
    [me, messages, regenerateReply, generateWithOwnKey],
  );

  return useMemo(() => ({ edit, regenerate }), [edit, regenerate]);
}
