import { useEffect, useRef } from "react";
import { answerCopyLastReply, copyToClipboard } from "@/lib/shortcuts/chat-commands";
import type { Message } from "./message";

/** Answers the "copy the last reply" shortcut with the newest reply's markdown, as written (not the rendered text). */
export function useCopyLastReply(messages: readonly Message[]): void {
  const latest = useRef(messages);
  useEffect(() => {
    latest.current = messages;
  }, [messages]);
  useEffect(
    () =>
      answerCopyLastReply(async () => {
        const reply = latest.current.findLast((message) => message.role === "assistant" && message.content !== "");
        return reply ? copyToClipboard(reply.content) : null;
      }),
    [],
  );
}
