// Retrieval for documentation chat: the question's vector search and its
// full-text search, both filtered to one corpus inside the index, fused by
// reciprocal rank fusion; top-k over the whole corpus (never per file), each
// source relevant by isRelevant (topic words and similarity), with the
// neighbouring chunks of the same section as context. A question asked of
// the same corpus version within a day is answered from the query-result
// cache (./queryCache.ts): no embedding, no search.
import { v } from "convex/values";
import type { DocsSource } from "../../rules/docs-answer";
import { RETRIEVAL_CANDIDATES, RETRIEVAL_TOP_K } from "../../rules/docs-limits";
import { isRelevant, rankByTerms, reciprocalRankFusion, searchTermsOf, termCoverage } from "../../rules/docs-rank";
import { cosineSimilarity } from "../../rules/embeddings-local";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { type ActionCtx, internalAction } from "../_generated/server";
import { embedText } from "../embeddings/embed";
import { type CorpusChoice, type CorpusKey, corpusChoiceValidator, corpusKeyOf } from "./corpus";
import { currentEmbedder } from "./embedder";
import { queryKeyOf } from "./queryCache";

export type Retrieval = {
  sources: DocsSource[];
  /** The question's embedding: its cost belongs to the reply (and its hold). */
  embedding: { costMicros: number; tokens: number; embedder: string };
  /** Served from the query-result cache (nothing embedded or searched). */
  cached: boolean;
};

/** `cache: false` always searches (and stores nothing): for measuring retrieval itself. */
type RetrieveArgs = {
  userId: Id<"users">;
  corpus: CorpusChoice;
  question: string;
  hybrid?: boolean;
  topK?: number;
  cache?: boolean;
};
type Options = { question: string; hybrid: boolean; topK: number };

/** The lead's entry point: numbered sources for `question` from the user's personal corpus or the workspace's. */
export async function retrieveForQuestion(ctx: ActionCtx, args: RetrieveArgs): Promise<Retrieval> {
  // The corpus is keyed by the asker's own id: the cache is partitioned exactly like the indexes.
  const corpus = corpusKeyOf(args.userId, args.corpus);
  const options = { question: args.question, hybrid: args.hybrid ?? true, topK: args.topK ?? RETRIEVAL_TOP_K };
  if (args.cache === false) return await search(ctx, corpus, options);
  const embedder = currentEmbedder();
  const key = await queryKeyOf(args.question, { ...options, embedder });
  const hit = await ctx.runQuery(internal.docs.queryCache.lookup, { corpus, key });
  if (hit.sources) return { sources: hit.sources, embedding: { costMicros: 0, tokens: 0, embedder }, cached: true };
  const found = await search(ctx, corpus, options);
  // Stored under the version read before searching: if the corpus changed meanwhile, it is never served.
  const spent = { embedder: found.embedding.embedder, costMicros: found.embedding.costMicros };
  await ctx.runMutation(internal.docs.queryCache.record, {
    corpus,
    key,
    version: hit.version,
    sources: found.sources,
    embedding: spent,
  });
  return found;
}

async function search(ctx: ActionCtx, corpus: CorpusKey, args: Options): Promise<Retrieval> {
  const query = await embedText(args.question);
  const embedding = { costMicros: query.costMicros, tokens: query.tokens, embedder: query.embedder };
  const byVector = await ctx.vectorSearch("docChunks", "by_embedding", {
    vector: query.vector,
    limit: RETRIEVAL_CANDIDATES,
    filter: (q) => q.eq("corpus", corpus),
  });
  const lists: Id<"docChunks">[][] = [byVector.map((r) => r._id)];
  const terms = searchTermsOf(args.question);
  if (args.hybrid && terms.length > 0) {
    const matches = await ctx.runQuery(internal.docs.retrieveStore.textCandidates, {
      corpus,
      query: terms.join(" "),
      limit: RETRIEVAL_CANDIDATES * 4,
    });
    lists.push(
      rankByTerms(args.question, matches)
        .slice(0, RETRIEVAL_CANDIDATES)
        .map((m) => m.id),
    );
  }
  const fused = reciprocalRankFusion(lists).map((x) => x.id);
  const loaded = await ctx.runQuery(internal.docs.retrieveStore.loadChunks, {
    corpus,
    embedder: query.embedder,
    chunkIds: fused,
  });
  const chosen = loaded
    .filter((chunk) =>
      isRelevant(termCoverage(args.question, chunk.searchText), cosineSimilarity(chunk.embedding, query.vector)),
    )
    .slice(0, args.topK);
  const sources = chosen.map((chunk, i): DocsSource => {
    // A neighbour already chosen as a source of its own is not repeated as context.
    const around = (n: typeof chunk.previous) => (n && !chosen.some((c) => c.id === n.id) ? n : undefined);
    const [before, after] = [around(chunk.previous), around(chunk.next)];
    return {
      n: i + 1,
      documentId: chunk.documentId,
      title: chunk.title,
      headingPath: chunk.headingPath,
      excerpt: chunk.text,
      context: [before?.text, chunk.text, after?.text].filter((t) => t !== undefined).join("\n\n"),
      chunkIds: [before?.id, chunk.id, after?.id].filter((id) => id !== undefined),
      flagged: chunk.flagged || Boolean(before?.flagged) || Boolean(after?.flagged),
    };
  });
  return { sources, embedding, cached: false };
}

/** For tests, the offline stack and callers outside an action. */
export const retrieve = internalAction({
  args: {
    userId: v.id("users"),
    corpus: corpusChoiceValidator,
    question: v.string(),
    hybrid: v.optional(v.boolean()),
    topK: v.optional(v.number()),
    cache: v.optional(v.boolean()),
  },
  handler: (ctx, args): Promise<Retrieval> => retrieveForQuestion(ctx, args),
});
