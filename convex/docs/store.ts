import type { UploadCheck } from "../../rules/docs-upload";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import type { CorpusKey } from "./corpus";
import { assertWithinQuota, liveVersionTitled } from "./quota";
import { deleteDocumentWithChunks } from "./remove";

type Accepted = Extract<UploadCheck, { ok: true }>;

/**
 * Stores a checked upload as a processing version and schedules its
 * ingestion. A title already in the corpus makes this a new version of it:
 * the ready one keeps serving until this one is ready; one still processing
 * is superseded (deleted; its ingestion then commits nothing).
 */
export async function storeUpload(
  ctx: MutationCtx,
  corpus: CorpusKey,
  uploadedBy: Id<"users"> | undefined,
  upload: Accepted,
) {
  const previous = await liveVersionTitled(ctx, corpus, upload.title);
  await assertWithinQuota(ctx, corpus, upload.bytes, [previous.ready, previous.processing]);
  if (previous.processing) await deleteDocumentWithChunks(ctx, previous.processing._id);
  const documentId = await ctx.db.insert("docDocuments", {
    corpus,
    uploadedBy,
    title: upload.title,
    kind: upload.kind,
    text: upload.text,
    bytes: upload.bytes,
    status: "processing",
    replaces: previous.ready?._id,
    flagged: false,
    createdAt: Date.now(),
  });
  await ctx.scheduler.runAfter(0, internal.docs.ingest.run, { documentId });
  return documentId;
}
