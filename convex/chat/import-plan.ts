// What an import stores, decided before anything is written: every message,
// title and conversation's instructions through the input rules, replies that never had
// text (failed, or still running when exported) and hidden earlier versions left out.
import { validateCustomInstructions } from "../../rules/custom-instructions";
import { type InputValidation, validateInput } from "../../rules/input/validate-input";
import { appError } from "../lib/errors";
import type { ImportFile } from "./import-schema";

const MAX_TITLE = 80;

type PlannedMessage = { role: "user" | "assistant"; content: string; status: "done" | "stopped"; flags?: string[] };
type PlannedConversation = {
  title: string;
  instructions?: { text: string; flags?: string[] };
  messages: PlannedMessage[];
};

export function planImport(file: ImportFile): PlannedConversation[] {
  return file.conversations.map((conversation, c) => {
    const title = conversation.title.trim().slice(0, MAX_TITLE) || "Imported chat";
    checked(title, `Conversation ${c + 1}'s title`);
    const messages: PlannedMessage[] = [];
    for (const [m, message] of conversation.messages.entries()) {
      // An earlier version: the import brings back the conversation as it was shown (its version links are not in the file).
      if (message.hidden) continue;
      const status = message.status ?? "done";
      if (status !== "done" && status !== "stopped") continue;
      if (status === "stopped" && message.content === "") continue;
      const flags = checked(message.content, `Conversation “${title}”, message ${m + 1}`);
      messages.push({ role: message.role, content: message.content, status, ...(flags.length ? { flags } : {}) });
    }
    return { title, messages, ...plannedInstructions(conversation.instructions, title) };
  });
}

/** A conversation's own instructions, through the rules (and length limit) of custom instructions. */
function plannedInstructions(
  text: string | null | undefined,
  title: string,
): Pick<PlannedConversation, "instructions"> {
  if (!text?.trim()) return {};
  const flags = checked(text, `Conversation “${title}”'s instructions`, validateCustomInstructions);
  return { instructions: { text, ...(flags.length ? { flags } : {}) } };
}

/** The input rules' flags, or invalid_input naming the message and the rule's reason. */
function checked(text: string, where: string, rules: (text: string) => InputValidation = validateInput): string[] {
  const verdict = rules(text);
  if (!verdict.ok) throw appError("invalid_input", { field: "file", message: `${where}: ${verdict.reason}` });
  return verdict.flags;
}
