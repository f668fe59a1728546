// Helpers for the docs convex-test suites (two dots: not deployed).
import { api, internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { type Backend, settle, signIn } from "../test.setup";
import type { CorpusChoice } from "./corpus";

type SignedIn = Awaited<ReturnType<typeof signIn>>;

/** Uploads and lets ingestion finish; returns the new version's id. */
export async function uploadReady(
  t: Backend,
  as: SignedIn,
  corpus: CorpusChoice,
  fileName: string,
  content: string,
  title?: string,
) {
  const id = await as.mutation(api.docs.documents.upload, { corpus, fileName, content, title });
  await settle(t);
  return id;
}

export function retrieve(t: Backend, userId: Id<"users">, corpus: CorpusChoice, question: string, hybrid = true) {
  return t.action(internal.docs.retrieve.retrieve, { userId, corpus, question, hybrid });
}

export function documentOf(t: Backend, id: Id<"docDocuments">) {
  return t.run((ctx) => ctx.db.get(id));
}
