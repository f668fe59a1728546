import { useMutation } from "convex/react";
import { useCallback } from "react";
import { flushSync } from "react-dom";
import { useNavigate } from "react-router-dom";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";
import { entitlementsFor } from "@rules/entitlements";
import type { CouncilModel } from "@rules/council";
import { chainFor } from "@/lib/byok/byok-chain";
import { ownKeyFor } from "@/lib/byok/own-key";
import { SendRefusal } from "@/lib/byok/send-refusal";
import { useByokPreference } from "@/lib/byok/use-byok-preference";
import { useCurrentUser } from "@/lib/current-user/use-current-user";
import { track } from "@/lib/monitoring/posthog";
import { latencyBucket } from "@/lib/monitoring/posthog-properties";
import { cacheKeyNowOrLater } from "@/lib/response-cache/cache-key";
import { replyCacheFor } from "@/lib/response-cache/user-reply-cache";
import type { Message } from "./message";
import { clearPendingFirstSend, pendingFirstSendCreated, startPendingFirstSend } from "./pending-first-send";
import { cacheContextOf, type ContextTurn } from "./send/cache-context";
import { NEW_CONVERSATION_SCOPE, showOptimisticExchange } from "./send/optimistic-exchanges";
import { expectReply } from "./send/pending-replies";
import { sendThroughGuardrails } from "./send/send-flow";
import { useOwnKeyGeneration } from "./send/use-own-key-generation";
import { modelChoiceFor, NEW_CHAT_KEY, setModelChoice } from "./composer/model-choice";
import { useStoredModelChoice } from "./composer/use-conversation-model";

// The next frame, then past it; a hidden tab gets no frames, hence the fallback.
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve()), 0));
  });

/** `council`: several models answer on the app's keys; `docs`: answer from that corpus. Both go the server path only: never from the response cache or with an own key. */
type SendOptions = {
  regenerate?: { staleContext: ContextTurn[] };
  council?: { members?: CouncilModel[] };
  docs?: { corpus: "personal" | "workspace" };
};
export type SendMessage = (content: string, options?: SendOptions) => Promise<void>;

/**
 * Sends into `conversationId`, or starts a conversation (the server titles it
 * from the message) and opens it: from the cache when the same request was
 * answered recently, with the user's own key when they chose that, else
 * through the server. `history` is the conversation so far, oldest first.
 * Rejects with the server's ConvexError or a SendRefusal.
 */
export function useSendMessage(conversationId?: Id<"conversations">, history: readonly Message[] = []): SendMessage {
  const send = useMutation(api.chat.send.send);
  const copyCachedReply = useMutation(api.chat.cached.copyCachedReply);
  const generateWithOwnKey = useOwnKeyGeneration();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const byok = useByokPreference();
  const storedModel = useStoredModelChoice(conversationId);

  return useCallback(
    async (content, options = {}) => {
      if (!me) throw new SendRefusal("Your account is still loading. Try again in a moment.");
      const startedAt = performance.now();
      const userId = me._id;
      // A new conversation shows its first message at once, before the server has created it.
      const isFirst = !conversationId && !options.regenerate;
      // The composer's model picker: the conversation's choice on the server, or a new chat's pick in this browser.
      const model = (conversationId ? storedModel : modelChoiceFor(NEW_CHAT_KEY)) ?? undefined;
      if (isFirst) startPendingFirstSend(content);
      const sendDocs = async (docs: NonNullable<SendOptions["docs"]>) => {
        const sent = await send({ conversationId, content, docs, model });
        expectReply(sent.assistantMessageId, { userId, sentAt: Date.now() });
        return { ...sent, kind: "provider" as const, byok: null };
      };
      const sendCouncil = async (council: NonNullable<SendOptions["council"]>) => ({
        kind: "council" as const,
        ...(await send({ conversationId, content, council })),
      });
      const outcome = await (
        options.council
          ? sendCouncil(options.council)
          : options.docs
            ? sendDocs(options.docs)
            : sendThroughGuardrails(
                {
                  byok,
                  cache: replyCacheFor(userId),
                  chainFor: (own) => chainFor(own, model),
                  cacheKeyOf: (input) => cacheKeyNowOrLater(input),
                  // flushSync: the hit is in the DOM before storeCached puts anything on the wire.
                  showCached: (prompt, reply) =>
                    flushSync(() => showOptimisticExchange(conversationId ?? NEW_CONVERSATION_SCOPE, prompt, reply)),
                  afterPaint,
                  storeCached: (prompt, reply) =>
                    copyCachedReply({
                      conversationId,
                      content: prompt,
                      sourceMessageId: reply.messageId,
                      ownKeyProvider: byok ?? undefined,
                      model,
                    }),
                  ownKey: (provider, promptChars) =>
                    ownKeyFor({
                      provider,
                      promptChars,
                      maxTokens: entitlementsFor(me.tier).maxTokens,
                      model: chainFor(provider, model)[0]?.model,
                    }),
                  send: (prompt, ownKeyProvider, options) =>
                    send({ conversationId, content: prompt, ownKeyProvider, model, ...options }),
                  generateWithOwnKey,
                  expectReply: (messageId, expectation) =>
                    expectReply(messageId, { ...expectation, userId, sentAt: Date.now() }),
                },
                { prompt: content, context: cacheContextOf(history), regenerate: options.regenerate },
              )
      ).catch((error: unknown) => {
        if (isFirst) clearPendingFirstSend();
        throw error;
      });
      track("message_sent");
      if (outcome.kind === "cached") {
        const latency = latencyBucket(performance.now() - startedAt);
        track("reply_completed", {
          provider: outcome.reply.provider,
          cached: true,
          latency_bucket: latency,
          cost_bucket: "$0",
        });
      }
      if (isFirst && outcome.kind !== "cached") pendingFirstSendCreated(outcome.conversationId);
      else if (isFirst) clearPendingFirstSend();
      // The first send stored the pick on the conversation: the next new chat starts from Default.
      if (!conversationId) setModelChoice(NEW_CHAT_KEY, null);
      if (!conversationId) navigate(`/c/${outcome.conversationId}`);
    },
    [me, byok, storedModel, conversationId, history, send, copyCachedReply, generateWithOwnKey, navigate],
  );
}
