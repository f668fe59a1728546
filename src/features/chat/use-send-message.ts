import { useMutation } from "convex/react";
import { useCallback } from "react";
import { useNavigate } from "react-router-dom";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";

/**
 * Sends into `conversationId`, or starts a conversation (the server titles it
 * from the message) and opens it. Rejects with the server's ConvexError.
 */
export function useSendMessage(conversationId?: Id<"conversations">) {
  const send = useMutation(api.chat.send.send);
  const navigate = useNavigate();

  return useCallback(
    async (content: string) => {
      const result = await send({ conversationId, content });
      if (!conversationId) navigate(`/c/${result.conversationId}`);
    },
    [send, conversationId, navigate],
  );
}
