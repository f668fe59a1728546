// The demo corpus: a snapshot of the project's own docs (./demo-corpus/,
// see ABOUT.md there), seeded into the workspace corpus when the offline
// stack starts, so documentation chat has something to search with no
// configuration. The labelled retrieval set
// (convex/docs/demo-questions.test-data.ts) is written against exactly these
// files, and the quality test and the bench ingest the same copy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkUpload } from "../../../rules/docs-upload";
import type { MutationCtx } from "../../../convex/_generated/server";
import { storeUpload } from "../../../convex/docs/store";

const DEMO_CORPUS = [
  { fileName: "README.md", title: "README" },
  { fileName: "convex/admin/OBSERVABILITY.md", title: "Admin and observability" },
] as const;

const DEMO_CORPUS_ROOT = join(import.meta.dirname, "demo-corpus");

export function demoCorpusUploads(root: string = DEMO_CORPUS_ROOT) {
  return DEMO_CORPUS.map(({ fileName, title }) => {
    const check = checkUpload({ fileName, title, content: readFileSync(join(root, fileName), "utf8") });
    if (!check.ok) throw new Error(`demo corpus ${fileName}: ${check.message}`);
    return check;
  });
}

/** Stores the demo documents in the workspace corpus (no uploader) and schedules their ingestion. */
export async function seedDemoCorpus(
  runInTransaction: (fn: (ctx: MutationCtx) => Promise<unknown>) => Promise<unknown>,
  root?: string,
) {
  for (const upload of demoCorpusUploads(root))
    await runInTransaction((ctx) => storeUpload(ctx, "workspace", undefined, upload));
}
