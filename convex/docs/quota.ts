import {
  MAX_PERSONAL_BYTES,
  MAX_PERSONAL_DOCUMENTS,
  MAX_WORKSPACE_BYTES,
  MAX_WORKSPACE_DOCUMENTS,
} from "../../rules/docs-limits";
import type { Doc } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { appError } from "../lib/errors";
import type { CorpusKey } from "./corpus";

/** The ready and the processing version of a title, if any. */
export async function liveVersionTitled(ctx: QueryCtx, corpus: CorpusKey, title: string) {
  const rows = await ctx.db
    .query("docDocuments")
    .withIndex("by_corpus_title", (q) => q.eq("corpus", corpus).eq("title", title))
    .collect();
  return { ready: rows.find((d) => d.status === "ready"), processing: rows.find((d) => d.status === "processing") };
}

const MB = 1024 * 1024;

/**
 * Refuses an upload that would take the corpus over its document or byte
 * quota. A replacement counts in place of the version it replaces (which
 * goes when it is ready); a superseded processing version is deleted by the
 * upload, so it is not counted. Runs in the upload's transaction: concurrent
 * uploads are serialised and cannot both squeeze under the limit.
 */
export async function assertWithinQuota(
  ctx: QueryCtx,
  corpus: CorpusKey,
  bytes: number,
  leaving: readonly (Doc<"docDocuments"> | undefined)[],
) {
  const [maxDocuments, maxBytes] =
    corpus === "workspace"
      ? [MAX_WORKSPACE_DOCUMENTS, MAX_WORKSPACE_BYTES]
      : [MAX_PERSONAL_DOCUMENTS, MAX_PERSONAL_BYTES];
  // Processing versions count too: uploading many files at once must not slip past the quota before any is ready.
  const live = [];
  for (const status of ["ready", "processing"] as const) {
    live.push(
      ...(await ctx.db
        .query("docDocuments")
        .withIndex("by_corpus_status", (q) => q.eq("corpus", corpus).eq("status", status))
        .collect()),
    );
  }
  const leavingIds = new Set(leaving.map((d) => d?._id));
  const others = live.filter((d) => !leavingIds.has(d._id));
  if (others.length + 1 > maxDocuments) {
    throw appError("quota_exceeded", {
      limit: maxDocuments,
      message: `You can keep ${maxDocuments} documents here. Delete one to upload another.`,
    });
  }
  const stored = others.reduce((sum, d) => sum + d.bytes, 0);
  if (stored + bytes > maxBytes) {
    throw appError("quota_exceeded", {
      limit: maxBytes,
      message: `Documents here may total ${maxBytes / MB} MB; this one would take them to ${((stored + bytes) / MB).toFixed(1)} MB. Delete something first.`,
    });
  }
}
