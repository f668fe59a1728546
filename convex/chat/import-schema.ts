// What an import file must look like (zod), and the checks made before any
// message is read: size first (never parse an oversized file), then JSON,
// then shape and counts. Unknown fields are dropped: ids, providers, models
// and costs in a file are never trusted, so the schema does not even keep them.
import { z } from "zod";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CONVERSATIONS,
  MAX_IMPORT_MESSAGES,
} from "../../rules/chat-transfer";
import { utf8Bytes } from "../../rules/docs-limits";
import { appError } from "../lib/errors";

const importedMessage = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string(),
  status: z.enum(["pending", "streaming", "done", "failed", "stopped"]).optional(),
  /** An earlier version the conversation no longer shows (chat/export-shape.ts): skipped by the import. */
  hidden: z.boolean().optional(),
});

const importedConversation = z.object({
  title: z.string(),
  instructions: z.string().nullable().optional(),
  messages: z.array(importedMessage),
});

const importFile = z.object({
  format: z.literal(EXPORT_FORMAT).optional(),
  version: z.literal(EXPORT_VERSION).optional(),
  conversations: z.array(importedConversation).min(1),
});

export type ImportFile = z.infer<typeof importFile>;

/** The file's conversations, or throws import_too_large / import_malformed with where and what is wrong. */
export function parseImportFile(json: string): ImportFile {
  if (json.length > MAX_IMPORT_BYTES || utf8Bytes(json) > MAX_IMPORT_BYTES)
    throw appError("import_too_large", { field: "file", limit: MAX_IMPORT_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw appError("import_malformed", { message: "it is not valid JSON." });
  }
  const parsed = importFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw appError("import_malformed", { message: `${where}${issue.message}`.slice(0, 300) });
  }
  const file = parsed.data;
  if (file.conversations.length > MAX_IMPORT_CONVERSATIONS)
    throw appError("import_too_large", { field: "conversations", limit: MAX_IMPORT_CONVERSATIONS });
  const messages = file.conversations.reduce((sum, c) => sum + c.messages.length, 0);
  if (messages > MAX_IMPORT_MESSAGES)
    throw appError("import_too_large", { field: "messages", limit: MAX_IMPORT_MESSAGES });
  return file;
}
