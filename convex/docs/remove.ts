import type { Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { bumpCorpusVersion } from "./corpus-version";

/** Deletes a document version and its chunks in one transaction (a document is at most a few hundred chunks). */
export async function deleteDocumentWithChunks(ctx: MutationCtx, documentId: Id<"docDocuments">) {
  const document = await ctx.db.get(documentId);
  // A served version going away changes what the corpus answers: cached results of it must not be served.
  if (document?.status === "ready") await bumpCorpusVersion(ctx, document.corpus);
  await deleteChunksOf(ctx, documentId);
  await ctx.db.delete(documentId);
}

export async function deleteChunksOf(ctx: MutationCtx, documentId: Id<"docDocuments">) {
  const chunks = await ctx.db
    .query("docChunks")
    .withIndex("by_document_position", (q) => q.eq("documentId", documentId))
    .collect();
  for (const chunk of chunks) await ctx.db.delete(chunk._id);
}
