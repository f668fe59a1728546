// Limits of documentation chat: what a corpus may hold and how retrieval
// behaves. One place for the numbers, shared by the server (enforced) and the
// documents page (shown before an upload is even tried).

/** Largest document accepted, in UTF-8 bytes of the uploaded text (a Convex document is at most 1 MiB; the text is stored once). */
export const MAX_DOCUMENT_BYTES = 256 * 1024;
/** Documents (ready or processing, replaced versions excluded) one user may keep in their personal corpus. */
export const MAX_PERSONAL_DOCUMENTS = 25;
/** Stored bytes one user may keep in their personal corpus. */
export const MAX_PERSONAL_BYTES = 2 * 1024 * 1024;
/** The workspace corpus (admins only) has its own, larger limits. */
export const MAX_WORKSPACE_DOCUMENTS = 200;
export const MAX_WORKSPACE_BYTES = 20 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 200;

export type DocumentKind = "markdown" | "text" | "html";

/** File extensions the upload accepts, and what each is read as. */
const KIND_OF_EXTENSION: Readonly<Record<string, DocumentKind>> = {
  md: "markdown",
  markdown: "markdown",
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
};

/** The kind a file name says, or undefined for anything else (PDF, images, …: refused with a reason). */
export function kindOfFileName(name: string): DocumentKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(KIND_OF_EXTENSION, extension)
    ? KIND_OF_EXTENSION[extension]
    : undefined;
}

/** UTF-8 byte length, the unit of every size limit. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

// Retrieval.
/** Target chunk size in characters, and the overlap carried from one chunk into the next. */
export const CHUNK_TARGET_CHARS = 1000;
export const CHUNK_OVERLAP_CHARS = 150;
/** Sources given to the model, chosen over the whole corpus (never per file). */
export const RETRIEVAL_TOP_K = 5;
/** Candidates fetched from each index before fusion. */
export const RETRIEVAL_CANDIDATES = 24;
/** Relevance floor (see isRelevant in docs-rank.ts; measured with the built-in embedder on the labelled set). */
export const MIN_TERM_COVERAGE = 0.5;
export const MIN_SOURCE_SIMILARITY = 0.2;
export const SURE_SOURCE_SIMILARITY = 0.5;
/** Reciprocal rank fusion constant (Cormack et al. 2009). */
export const RRF_K = 60;
/** A question's retrieval result is reused this long, for as long as its corpus version is current (any document change makes a new version). */
export const QUERY_RESULT_TTL_MS = 24 * 60 * 60 * 1000;
