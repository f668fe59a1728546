// The two ends of a documentation answer, for the generation to call (see
// /work/notes/docs.md, "Wiring"): before the model, retrieval and the prompt
// (or the "nothing relevant" answer, with no model call); after it, the
// citation check.
import { v } from "convex/values";
import { type ActionCtx, internalAction } from "../_generated/server";
import {
  buildDocsPrompt,
  checkCitations,
  type CitationCheck,
  type DocsSource,
  nothingFoundAnswer,
} from "../../rules/docs-answer";
import type { Id } from "../_generated/dataModel";
import { type CorpusChoice, corpusChoiceValidator } from "./corpus";
import { retrieveForQuestion } from "./retrieve";

export type PreparedDocsAnswer =
  | { kind: "nothing_found"; text: string; sources: []; embeddingMicros: number }
  | {
      kind: "prompt";
      turns: { role: "system" | "user"; content: string }[];
      sources: DocsSource[];
      embeddingMicros: number;
    };

export async function prepareDocsAnswer(
  ctx: ActionCtx,
  args: { userId: Id<"users">; corpus: CorpusChoice; question: string },
): Promise<PreparedDocsAnswer> {
  const { sources, embedding } = await retrieveForQuestion(ctx, args);
  if (sources.length === 0) {
    const where = args.corpus === "workspace" ? "the workspace documents" : "your documents";
    return {
      kind: "nothing_found",
      text: nothingFoundAnswer(where),
      sources: [],
      embeddingMicros: embedding.costMicros,
    };
  }
  return {
    kind: "prompt",
    turns: buildDocsPrompt(args.question, sources),
    sources,
    embeddingMicros: embedding.costMicros,
  };
}

/** The reply as stored: citations of sources that were not given are dropped (and counted for the record). */
export function finishDocsAnswer(reply: string, sources: readonly DocsSource[]): CitationCheck {
  return checkCitations(reply, sources);
}

/** For tests and callers outside an action; inside the generating action call prepareDocsAnswer directly. */
export const prepare = internalAction({
  args: { userId: v.id("users"), corpus: corpusChoiceValidator, question: v.string() },
  handler: (ctx, args): Promise<PreparedDocsAnswer> => prepareDocsAnswer(ctx, args),
});
