// Public functions of documentation chat's corpora: upload, list, delete.
// Thin shells: the upload rules are in rules/docs-upload.ts, quotas in
// ./quota.ts, the ingestion in ./ingest.ts.
import { v } from "convex/values";
import { checkUpload } from "../../rules/docs-upload";
import { internal } from "../_generated/api";
import { appError } from "../lib/errors";
import { userMutation, userQuery } from "../lib/functions";
import { assertCanWrite, canRead, corpusChoiceValidator, corpusKeyOf } from "./corpus";
import { assertWithinQuota, liveVersionTitled } from "./quota";
import { deleteDocumentWithChunks } from "./remove";

export const upload = userMutation({
  args: { corpus: corpusChoiceValidator, fileName: v.string(), content: v.string(), title: v.optional(v.string()) },
  handler: async (ctx, args) => {
    const corpus = corpusKeyOf(ctx.user._id, args.corpus);
    assertCanWrite(ctx.user, corpus);
    const check = checkUpload(args);
    if (!check.ok) throw appError("invalid_input", { message: check.message, field: check.field });
    const previous = await liveVersionTitled(ctx, corpus, check.title);
    await assertWithinQuota(ctx, corpus, check.bytes, [previous.ready, previous.processing]);
    // A newer upload supersedes one still processing; its ingestion then commits nothing.
    if (previous.processing) await deleteDocumentWithChunks(ctx, previous.processing._id);
    const documentId = await ctx.db.insert("docDocuments", {
      corpus, uploadedBy: ctx.user._id, title: check.title, kind: check.kind, text: check.text, bytes: check.bytes,
      status: "processing", replaces: previous.ready?._id, flagged: false, createdAt: Date.now(),
    });
    await ctx.scheduler.runAfter(0, internal.docs.ingest.run, { documentId });
    return documentId;
  },
});

export const list = userQuery({
  args: { corpus: corpusChoiceValidator },
  handler: async (ctx, args) => {
    const corpus = corpusKeyOf(ctx.user._id, args.corpus);
    const rows = await ctx.db.query("docDocuments").withIndex("by_corpus_title", (q) => q.eq("corpus", corpus)).take(500);
    return rows
      .sort((a, b) => a.title.localeCompare(b.title) || b.createdAt - a.createdAt)
      .map((d) => ({
        _id: d._id, title: d.title, kind: d.kind, bytes: d.bytes, status: d.status, flagged: d.flagged, chunkCount: d.chunkCount,
        embeddedChunks: d.embeddedChunks, reusedChunks: d.reusedChunks, error: d.error, createdAt: d.createdAt, readyAt: d.readyAt,
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
