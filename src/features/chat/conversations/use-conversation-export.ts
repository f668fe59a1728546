import { useConvex } from "convex/react";
import { useCallback } from "react";
import { api } from "../../../../convex/_generated/api";
import type { Id } from "../../../../convex/_generated/dataModel";
import { fileNameFrom, saveFile } from "@/lib/download/save-file";
import { conversationMarkdown } from "./export-markdown";

type ExportKind = "markdown" | "json";

/** Downloads one conversation as Markdown (to read) or JSON (the export format Settings imports). */
export function useConversationExport() {
  const convex = useConvex();
  return useCallback(
    async (conversationId: Id<"conversations">, kind: ExportKind) => {
      const file = await convex.query(api.chat.exports.conversation, { conversationId });
      const conversation = file.conversations[0]!;
      if (kind === "markdown")
        saveFile(
          fileNameFrom(conversation.title, "md"),
          conversationMarkdown(conversation, file.exportedAt),
          "text/markdown",
        );
      else saveFile(fileNameFrom(conversation.title, "json"), JSON.stringify(file, null, 2), "application/json");
    },
    [convex],
  );
}
