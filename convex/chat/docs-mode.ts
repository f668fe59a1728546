import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { buildDocsPrompt, DOCS_SYSTEM_PROMPT, type DocsSource } from "../../rules/docs-answer";
import { CHUNK_TARGET_CHARS, MAX_TITLE_LENGTH, RETRIEVAL_TOP_K } from "../../rules/docs-limits";
import { corpusChoiceValidator, type CorpusChoice } from "../docs/corpus";
import { embeddingHoldMicros } from "../embeddings/hold";
import { countTokens } from "../lib/token-count";
import type { ChatTurn } from "../providers/seam";
import { shownMessages } from "./versions-branch";

// Documentation chat in the send path: what a docs send adds to the hold,
// which sources fit in it, and the turns generation sends.

/** The send option: the client names a corpus; the server keys it by its own user id. */
export const docsSendValidator = v.object({ corpus: corpusChoiceValidator });

/** A source as kept on the reply: what the citation panel shows, never the prompt-only context. */
export const storedDocsSourceValidator = v.object({
  n: v.number(),
  documentId: v.string(),
  title: v.string(),
  headingPath: v.array(v.string()),
  excerpt: v.string(),
  chunkIds: v.array(v.string()),
  flagged: v.boolean(),
});

/** A source's context in the prompt: its chunk and a neighbour on each side (retrieveStore caps each at 1,200). */
const SOURCE_CONTEXT_CHARS = CHUNK_TARGET_CHARS + 2 * 1200;
/** The `<source …>` wrapper: its title and heading path attribute, the warning, the tags. */
const SOURCE_WRAPPER_CHARS = MAX_TITLE_LENGTH + 400;
const PROMPT_FRAME_CHARS = 100;

/**
 * Tokens a docs send adds to the context it holds for, at one token per
 * character (o200k averages about four): the docs system prompt and every
 * source block. Generation never sends more (fitSources), so the hold covers it.
 */
export const DOCS_EXTRA_TOKENS =
  countTokens(DOCS_SYSTEM_PROMPT) +
  PROMPT_FRAME_CHARS +
  RETRIEVAL_TOP_K * (SOURCE_CONTEXT_CHARS + SOURCE_WRAPPER_CHARS);

const promptTokens = (question: string, sources: readonly DocsSource[]) =>
  buildDocsPrompt(question, sources).reduce((sum, turn) => sum + countTokens(turn.content), 0);

/**
 * The sources that fit what was held: each context cut to its expected size
 * (a code fence may make a chunk larger), then the lowest-ranked dropped
 * until the prompt is within the question plus DOCS_EXTRA_TOKENS.
 */
export function fitSources(question: string, sources: readonly DocsSource[]): DocsSource[] {
  let fitted = sources.map((s) => ({ ...s, context: s.context.slice(0, SOURCE_CONTEXT_CHARS) }));
  const budget = countTokens(question) + DOCS_EXTRA_TOKENS;
  while (fitted.length > 0 && promptTokens(question, fitted) > budget) fitted = fitted.slice(0, -1);
  return fitted;
}

/** The turns sent: the docs system rules, earlier history, then the sources and the question (replacing the plain last turn). */
export function docsTurns(history: readonly ChatTurn[], question: string, sources: readonly DocsSource[]): ChatTurn[] {
  const [system, user] = buildDocsPrompt(question, sources);
  return [system!, ...history.filter((t) => t.role !== "system").slice(0, -1), user!];
}

export function storedSources(sources: readonly DocsSource[]) {
  return sources.map(({ n, documentId, title, headingPath, excerpt, chunkIds, flagged }) => ({
    n,
    documentId,
    title,
    headingPath,
    excerpt,
    chunkIds,
    flagged,
  }));
}

/** The user message a reply answers (the newest before it): its text and docs corpus, if any. */
export async function promptOf(
  ctx: QueryCtx,
  conversationId: Id<"conversations">,
  before: number,
): Promise<{ question: string; docsCorpus?: CorpusChoice } | null> {
  // On the shown branch: an edited question's other versions are not this reply's prompt.
  const prompt = await shownMessages(ctx, conversationId, before)
    .order("desc")
    .filter((q) => q.eq(q.field("role"), "user"))
    .first();
  return prompt && { question: prompt.content, docsCorpus: prompt.docsCorpus };
}

/**
 * What a send holds on top of its context: for a docs send, its sources and its question's embedding;
 * for a reply the server cache may look up or record (`cacheEmbedding`), the prompt's embedding.
 */
export function docsHold(
  content: string,
  promptTokens: number,
  docs: { corpus: CorpusChoice } | undefined,
  cacheEmbedding = false,
) {
  if (docs) return { promptTokens: promptTokens + DOCS_EXTRA_TOKENS, extraHoldMicros: embeddingHoldMicros(content) };
  return cacheEmbedding ? { promptTokens, extraHoldMicros: embeddingHoldMicros(content) } : { promptTokens };
}

/**
 * The hold of a new attempt at `reply` (Retry, Regenerate): generation answers
 * in Docs mode from the corpus its prompt was asked of (promptOf), so the new
 * attempt holds for that corpus's sources exactly as the send did.
 */
export async function docsHoldForReply(
  ctx: QueryCtx,
  reply: Doc<"messages">,
  content: string,
  promptTokens: number,
  cacheEmbedding = false,
) {
  const docsCorpus = (await promptOf(ctx, reply.conversationId, reply._creationTime))?.docsCorpus;
  return docsHold(content, promptTokens, docsCorpus && { corpus: docsCorpus }, cacheEmbedding);
}
