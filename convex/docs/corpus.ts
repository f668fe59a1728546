import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import { appError } from "../lib/errors";

/**
 * Which corpus a document or chunk belongs to: its owner's user id, or
 * "workspace". A typed value used with equality in every index (never a
 * prefix of some text), as the server cache partitions are.
 */
export const corpusValidator = v.union(v.id("users"), v.literal("workspace"));
export type CorpusKey = Id<"users"> | "workspace";

/** What a client names: its own personal corpus or the workspace's. */
export const corpusChoiceValidator = v.union(v.literal("personal"), v.literal("workspace"));
export type CorpusChoice = "personal" | "workspace";

export function corpusKeyOf(userId: Id<"users">, choice: CorpusChoice): CorpusKey {
  return choice === "workspace" ? "workspace" : userId;
}

/** Everyone reads the workspace corpus and their own; only admins change the workspace's. */
export function assertCanWrite(user: Doc<"users">, corpus: CorpusKey): void {
  if (corpus === "workspace" ? user.role !== "admin" : corpus !== user._id) throw appError("forbidden");
}

export function canRead(userId: Id<"users">, corpus: CorpusKey): boolean {
  return corpus === "workspace" || corpus === userId;
}
