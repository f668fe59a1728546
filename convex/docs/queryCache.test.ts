import { afterEach, describe, expect, it, vi } from "vitest";
import { QUERY_RESULT_TTL_MS } from "../../rules/docs-limits";
import { api, internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { type Backend, newBackend, settle, signIn } from "../test.setup";
import { uploadReady } from "./fixtures.test-helpers";

// The query-result cache: a question is answered from it while its corpus
// version is current and for at most a day; never across corpora.

const GUIDE =
  "# Kettle\n\n## Descaling\n\nDescale the kettle monthly with white vinegar.\n\n## Warranty\n\nThe warranty covers the heating element for two years.";
const QUESTION = "How do I descale the kettle?";
const ask = (t: Backend, userId: Id<"users">, corpus: "personal" | "workspace" = "personal", question = QUESTION) =>
  t.action(internal.docs.retrieve.retrieve, { userId, corpus, question });
const entries = (t: Backend) => t.run((ctx) => ctx.db.query("docQueryResults").collect());

afterEach(() => vi.useRealTimers());

describe("docs query-result cache", () => {
  it("the same question on the same corpus version is a hit: same sources, nothing embedded or searched", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    const first = await ask(t, ada.userId);
    expect(first.cached).toBe(false);
    expect(first.sources[0]!.excerpt).toContain("white vinegar");
    const again = await ask(t, ada.userId, "personal", `  ${QUESTION.replace(" ", "   ")} `);
    expect(again).toEqual({ ...first, cached: true, embedding: { ...first.embedding, costMicros: 0, tokens: 0 } });
    // Another question, or the same one with other options, is its own entry.
    expect((await ask(t, ada.userId, "personal", "What does the warranty cover?")).cached).toBe(false);
    expect(
      (
        await t.action(internal.docs.retrieve.retrieve, {
          userId: ada.userId,
          corpus: "personal",
          question: QUESTION,
          hybrid: false,
        })
      ).cached,
    ).toBe(false);
  });

  it("a document becoming ready, replaced or deleted makes a new corpus version: the old result is never served", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const first = await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    await ask(t, ada.userId);
    // Replaced: the new version's text is what answers.
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE.replace("white vinegar", "citric acid"));
    const replaced = await ask(t, ada.userId);
    expect(replaced.cached).toBe(false);
    expect(replaced.sources[0]!.excerpt).toContain("citric acid");
    expect(replaced.sources.some((s) => s.documentId === first)).toBe(false);
    expect((await ask(t, ada.userId)).cached).toBe(true);
    // Another document ready: a miss (the new one might answer better).
    await uploadReady(t, ada, "personal", "mug.md", "# Mug\n\nThe mug is dishwasher safe.");
    expect((await ask(t, ada.userId)).cached).toBe(false);
    // Deleted: a miss, and the deleted document is not a source.
    const [kettle] = (await ada.query(api.docs.documents.list, { corpus: "personal" })).filter(
      (d) => d.title === "kettle" && d.status === "ready",
    );
    await ada.mutation(api.docs.documents.remove, { documentId: kettle!._id });
    // The deleted document's passages are gone from the cache too, not only unreachable.
    expect(JSON.stringify(await entries(t))).not.toContain("citric acid");
    const deleted = await ask(t, ada.userId);
    expect(deleted.cached).toBe(false);
    expect(deleted.sources.some((s) => s.title === "kettle")).toBe(false);
  });

  it("a new version still processing keeps the old result (the old version is still what serves)", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    await ask(t, ada.userId);
    await ada.mutation(api.docs.documents.upload, {
      corpus: "personal",
      fileName: "kettle.md",
      content: GUIDE.replace("white vinegar", "citric acid"),
    });
    expect((await ask(t, ada.userId)).cached).toBe(true);
    await settle(t);
    expect((await ask(t, ada.userId)).cached).toBe(false);
  });

  it("a result is kept for one day, then searched again and the expired entry purged", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.UTC(2026, 10, 30, 8, 0, 0);
    vi.setSystemTime(start);
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    await ask(t, ada.userId);
    vi.setSystemTime(start + QUERY_RESULT_TTL_MS - 60_000);
    expect((await ask(t, ada.userId)).cached).toBe(true);
    vi.setSystemTime(start + QUERY_RESULT_TTL_MS + 1);
    expect((await ask(t, ada.userId)).cached).toBe(false);
    const rows = await entries(t);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.expiresAt).toBe(start + 2 * QUERY_RESULT_TTL_MS + 1);
  });

  it("entries are partitioned by corpus: another user's personal result, or a personal one asked of the workspace, is never served", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const bob = await signIn(t, { name: "bob" });
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    expect((await ask(t, ada.userId)).sources.length).toBeGreaterThan(0);
    for (const [userId, corpus] of [
      [bob.userId, "personal"],
      [ada.userId, "workspace"],
    ] as const) {
      expect(await ask(t, userId, corpus)).toMatchObject({ cached: false, sources: [] });
    }
    // The workspace corpus is shared by design: its entry (without Ada's personal passage) serves Bob too.
    expect(await ask(t, bob.userId, "workspace")).toMatchObject({ cached: true, sources: [] });
    const rows = await entries(t);
    expect(rows.map((r) => r.corpus).sort()).toEqual([ada.userId, bob.userId, "workspace"].sort());
    // Bob's own (empty) result is a hit for him only; Ada still gets hers.
    expect(await ask(t, bob.userId)).toMatchObject({ cached: true, sources: [] });
    expect((await ask(t, ada.userId)).sources[0]!.excerpt).toContain("white vinegar");
  });

  it("a result computed while the corpus changed is not stored (it would describe an old version)", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    const { version } = await t.query(internal.docs.queryCache.lookup, { corpus: ada.userId, key: "k" });
    await uploadReady(t, ada, "personal", "mug.md", "# Mug\n\nThe mug is dishwasher safe.");
    expect(
      await t.mutation(internal.docs.queryCache.record, {
        corpus: ada.userId,
        key: "k",
        version,
        sources: [],
        embedding: { embedder: "local", costMicros: 0 },
      }),
    ).toBe(false);
    expect(await entries(t)).toEqual([]);
  });

  it("cache: false always searches and stores nothing (what the bench measures)", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    for (let i = 0; i < 2; i++) {
      expect(
        (
          await t.action(internal.docs.retrieve.retrieve, {
            userId: ada.userId,
            corpus: "personal",
            question: QUESTION,
            cache: false,
          })
        ).cached,
      ).toBe(false);
    }
    expect(await entries(t)).toEqual([]);
  });
});
