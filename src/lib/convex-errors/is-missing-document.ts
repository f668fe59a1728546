import { appErrorOf } from "@rules/app-error-of";

/**
 * True when a query failed because the thing asked for is not there for this
 * user: someone else's id (the server answers not_found so no one learns it
 * exists) or a malformed id from a hand-edited URL (argument validation).
 */
export function isMissingDocument(error: unknown): boolean {
  if (appErrorOf(error).code === "not_found") return true;
  const message = error instanceof Error ? error.message : "";
  return /ArgumentValidationError|Validator error|does not match validator/i.test(message);
}
