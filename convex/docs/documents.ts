// Public functions of documentation chat's corpora: upload, list, delete.
// Thin shells: the upload rules are in rules/docs-upload.ts, quotas in
// ./quota.ts, storing in ./store.ts, the ingestion in ./ingest.ts.
import { v } from "convex/values";
import { checkUpload } from "../../rules/docs-upload";
import { appError } from "../lib/errors";
import { userMutation, userQuery } from "../lib/functions";
import { assertCanWrite, canRead, corpusChoiceValidator, corpusKeyOf } from "./corpus";
import { deleteDocumentWithChunks } from "./remove";
import { storeUpload } from "./store";

export const upload = userMutation({
  args: { corpus: corpusChoiceValidator, fileName: v.string(), content: v.string(), title: v.optional(v.string()) },
  handler: async (ctx, args) => {
    const corpus = corpusKeyOf(ctx.user._id, args.corpus);
    assertCanWrite(ctx.user, corpus);
    const check = checkUpload(args);
    if (!check.ok) throw appError("invalid_input", { message: check.message, field: check.field });
    return storeUpload(ctx, corpus, ctx.user._id, check);
  },
});

export const list = userQuery({
  args: { corpus: corpusChoiceValidator },
  handler: async (ctx, args) => {
    const corpus = corpusKeyOf(ctx.user._id, args.corpus);
    const rows = await ctx.db
      .query("docDocuments")
      .withIndex("by_corpus_title", (q) => q.eq("corpus", corpus))
      .take(500);
    return rows
      .sort((a, b) => a.title.localeCompare(b.title) || b.createdAt - a.createdAt)
      .map((d) => ({
        _id: d._id,
        title: d.title,
        kind: d.kind,
        bytes: d.bytes,
        status: d.status,
        flagged: d.flagged,
        chunkCount: d.chunkCount,
        embeddedChunks: d.embeddedChunks,
        reusedChunks: d.reusedChunks,
        error: d.error,
        createdAt: d.createdAt,
        readyAt: d.readyAt,
        canDelete: args.corpus === "personal" || ctx.user.role === "admin",
      }));
  },
});

export const remove = userMutation({
  args: { documentId: v.id("docDocuments") },
  handler: async (ctx, args) => {
    const document = await ctx.db.get(args.documentId);
    // Someone else's document is "not found", not "forbidden": its existence is not theirs to learn.
    if (!document || !canRead(ctx.user._id, document.corpus)) throw appError("not_found");
    assertCanWrite(ctx.user, document.corpus);
    await deleteDocumentWithChunks(ctx, document._id);
  },
});
