// A conversation export as Markdown: the title, when it was exported, then
// each turn under a heading. Replies are Markdown already and go in as they
// are; a failed reply (no text) says so instead of vanishing. Only the shown
// branch: earlier versions (marked `hidden` in the file) are not part of the
// conversation the user sees, so they are left out.

type ExportedConversation = {
  title: string;
  createdAt: number;
  messages: readonly {
    role: "user" | "assistant";
    content: string;
    status: string;
    createdAt: number;
    model: string | null;
    hidden?: boolean;
  }[];
};

const SPEAKER = { user: "You", assistant: "Assistant" } as const;

export function conversationMarkdown(conversation: ExportedConversation, exportedAt: number): string {
  const turns = conversation.messages
    .filter((message) => !message.hidden)
    .map((message) => {
      const model = message.role === "assistant" && message.model ? ` (${message.model})` : "";
      const body = message.content || (message.status === "failed" ? "_No reply: this message failed._" : "_No text._");
      return `## ${SPEAKER[message.role]}${model}\n\n${body.trim()}\n`;
    });
  return [`# ${conversation.title}\n`, `_Exported ${new Date(exportedAt).toISOString()}_\n`, ...turns].join("\n");
}
