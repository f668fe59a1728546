// Export and import of conversations: the file's name tag and the import's
// limits, as data shared by the server (enforced) and Settings (shown, and
// checked before a file is even read). The file's schema is in
// convex/chat/import-schema.ts (zod).

/** Written into every export; an import accepts files with this tag (or none: exports made before it). */
export const EXPORT_FORMAT = "guarded-chat-export";
export const EXPORT_VERSION = 1;

/** Largest file accepted, in UTF-8 bytes (a Convex mutation argument, kept well inside Convex's value limits). */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Conversations in one import; each is also counted by the creation rate limit and the conversation quota. */
export const MAX_IMPORT_CONVERSATIONS = 100;
/** Messages in one import (one transaction writes them all); also counted by the stored-messages quota. */
export const MAX_IMPORT_MESSAGES = 2_000;

/** "2 MB" for a byte count, as the import's errors and Settings say it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
