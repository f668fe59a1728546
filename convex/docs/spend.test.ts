import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REMOTE_EMBEDDING_MODEL } from "../../rules/embeddings";
import { utcDayKey } from "../../rules/daily-budget";
import { api } from "../_generated/api";
import { codeOf, newBackend, settle, signIn, startProviders } from "../test.setup";
import { documentOf, uploadReady } from "./fixtures.test-helpers";

// Cost per model in the admin dashboard: embeddings per embedding model,
// docs answers per chat model, summed over the window, admins only.

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({
    GROQ_API_KEY: "gsk_test_key_one",
    OPENROUTER_API_KEY: "sk-or-test-key",
    EMBEDDINGS_PROVIDER: "openrouter",
  });
});
afterAll(async () => {
  delete process.env.EMBEDDINGS_PROVIDER;
  await llm.close();
});

const GUIDE =
  "# Kettle\n\n## Descaling\n\nDescale the kettle monthly with white vinegar.\n\n## Warranty\n\nThe warranty covers the heating element for two years.";
const EMBEDDER = `openrouter:${REMOTE_EMBEDDING_MODEL}`;

describe("docs spend per model (admin)", () => {
  it("ingestion, a question's embedding and the answer are each counted under their own model; a cached question and a plain reply add nothing", async () => {
    const t = newBackend();
    const root = await signIn(t, { name: "root", role: "admin" });
    const ada = await signIn(t, { name: "ada", tier: "pro" });
    const doc = await uploadReady(t, root, "workspace", "kettle.md", GUIDE);
    const ingested = (await documentOf(t, doc))!;
    expect(ingested.embeddingMicros).toBeGreaterThan(0);
    const spend = () => root.query(api.docs.spend.perModel, {});
    expect((await spend()).rows).toEqual([
      { kind: "embedding", model: EMBEDDER, micros: ingested.embeddingMicros, calls: ingested.embeddedChunks },
    ]);

    const ask = async () => {
      const sent = await ada.mutation(api.chat.send.send, {
        content: "How do I descale the kettle?",
        docs: { corpus: "workspace" },
      });
      await settle(t);
      return (await t.run((ctx) => ctx.db.get(sent.assistantMessageId)))!;
    };
    const reply = await ask();
    expect(reply.status).toBe("done");
    const after = (await spend()).rows;
    const answer = after.find((r) => r.kind === "answer")!;
    const embedding = after.find((r) => r.kind === "embedding")!;
    expect(answer).toMatchObject({ model: `${reply.provider}/${reply.model}`, calls: 1 });
    // The reply's charge is the answer plus the question's embedding: both are in the dashboard, nothing twice.
    expect(answer.micros + (embedding.micros - ingested.embeddingMicros!)).toBe(reply.costMicros);
    expect(embedding.calls).toBe(ingested.embeddedChunks! + 1);

    // Asked again: the query cache answers retrieval, so no embedding; the answer is paid again.
    const again = await ask();
    const third = (await spend()).rows;
    expect(third.find((r) => r.kind === "embedding")).toEqual(embedding);
    expect(third.find((r) => r.kind === "answer")).toMatchObject({
      calls: 2,
      micros: answer.micros + again.costMicros!,
    });

    await ada.mutation(api.chat.send.send, { content: "Plain question, no documents" });
    await settle(t);
    expect((await spend()).rows.filter((r) => r.kind === "answer").map((r) => r.calls)).toEqual([2]);
  });

  it("sums the shards of the days in the window only, dearest first", async () => {
    const t = newBackend();
    const root = await signIn(t, { name: "root", role: "admin" });
    const today = utcDayKey(Date.now());
    const longAgo = utcDayKey(Date.now() - 10 * 24 * 60 * 60 * 1000);
    await t.run(async (ctx) => {
      for (const [day, shard, model, micros] of [
        [today, 1, "groq/a", 5],
        [today, 7, "groq/a", 6],
        [today, 2, "groq/b", 50],
        [longAgo, 1, "groq/a", 1000],
      ] as const) {
        await ctx.db.insert("docSpend", { day, kind: "answer", model, shard, micros, calls: 1 });
      }
    });
    expect((await root.query(api.docs.spend.perModel, { days: 7 })).rows).toEqual([
      { kind: "answer", model: "groq/b", micros: 50, calls: 1 },
      { kind: "answer", model: "groq/a", micros: 11, calls: 2 },
    ]);
    expect((await root.query(api.docs.spend.perModel, { days: 31 })).rows[0]).toMatchObject({
      model: "groq/a",
      micros: 1011,
    });
  });

  it("is refused to anyone who is not an admin", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    expect(codeOf(await ada.query(api.docs.spend.perModel, {}).catch((e: unknown) => e))).toBe("forbidden");
  });
});
