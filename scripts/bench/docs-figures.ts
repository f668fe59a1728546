import { convexTest } from "convex-test";
import { api } from "../../convex/_generated/api";
import { DEMO_QUESTIONS } from "../../convex/docs/demo-questions.test-data";
import { retrievalFigures } from "../../convex/docs/retrieval-figures.test-helpers";
import { storeUpload } from "../../convex/docs/store";
import schema from "../../convex/schema";
import { collectConvexModules } from "../harness/local-backend/modules";
import { demoCorpusUploads } from "../harness/offline-stack/demo-corpus";

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

/**
 * Documentation chat on our convex/ functions (the convex-test engine, in
 * process) with the built-in embedder: the seeded demo corpus is ingested
 * from scratch (no embedding cache), then the labelled questions are asked
 * of it with hybrid search on and off, the query-result cache off so every
 * question embeds and searches. Latencies are whole `docs.retrieve.retrieve`
 * actions (embedding, vector search, full-text search, fusion, loading).
 */
export async function docsFigures() {
  const issuer = "https://bench.local";
  const saved = { DEV_AUTH_ISSUER: process.env.DEV_AUTH_ISSUER, EMBEDDINGS_PROVIDER: process.env.EMBEDDINGS_PROVIDER };
  process.env.DEV_AUTH_ISSUER = issuer;
  delete process.env.EMBEDDINGS_PROVIDER;
  try {
    const t = convexTest(schema, collectConvexModules("convex", { onWrite: () => {} }));
    const userId = await t
      .withIdentity({ issuer, subject: "docs-bench", name: "Docs bench", email: "docs@bench.local" })
      .mutation(api.users.me.ensure, {});

    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const upload of demoCorpusUploads()) await t.run((ctx) => storeUpload(ctx, "workspace", undefined, upload));
    await t.finishAllScheduledFunctions(() => {}, 500);
    const ingestSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    // CPU seconds of this process: what ingestion costs, less moved by other work on the machine than the wall clock.
    const ingestCpuSeconds = (cpu.user + cpu.system) / 1e6;
    const documents = await t.run((ctx) => ctx.db.query("docDocuments").collect());
    if (documents.some((d) => d.status !== "ready"))
      throw new Error("docs bench: the demo corpus did not become ready");
    const chunks = documents.reduce((sum, d) => sum + (d.chunkCount ?? 0), 0);

    const asker = { userId, corpus: "workspace" as const };
    const hybrid = await retrievalFigures(t, asker, DEMO_QUESTIONS, true);
    const vectorOnly = await retrievalFigures(t, asker, DEMO_QUESTIONS, false);
    const summary = (f: typeof hybrid) => ({
      recallAt5: f.recallAt5,
      mrr: f.mrr,
      medianMs: median(f.latenciesMs),
      p95Ms: p95(f.latenciesMs),
    });
    const [h, v] = [summary(hybrid), summary(vectorOnly)];
    return {
      questions: DEMO_QUESTIONS.length,
      documents: documents.length,
      chunks,
      ingestSeconds,
      chunksPerSecond: chunks / ingestSeconds,
      chunksPerCpuSecond: chunks / ingestCpuSeconds,
      hybrid: h,
      vectorOnly: v,
      hybridLatencyRatio: h.medianMs / v.medianMs,
    };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

// `npx tsx scripts/bench/docs-figures.ts`: these figures alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await docsFigures(), null, 2));
