import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearRequests, receivedRequests } from "../../scripts/harness/llm-server/control";
import { api } from "../_generated/api";
import { newBackend, signIn, startProviders } from "../test.setup";
import { documentOf, retrieve, uploadReady } from "./fixtures.test-helpers";

// The embedding cache seen from the provider's side: with a paid embedder, a
// re-upload with one changed section sends exactly one text to embed.

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders({ OPENROUTER_API_KEY: "sk-or-test-key", EMBEDDINGS_PROVIDER: "openrouter" });
});
beforeEach(() => clearRequests(llm.url));
afterAll(async () => {
  delete process.env.EMBEDDINGS_PROVIDER;
  await llm.close();
});

const embeddingRequests = async () => (await receivedRequests(llm.url)).filter((r) => r.path.endsWith("/embeddings"));
const GUIDE = [
  "# Kettle",
  "## Filling",
  "Fill it with fresh water.",
  "## Descaling",
  "Descale monthly with white vinegar.",
  "## Warranty",
  "Two years on the element.",
].join("\n\n");

describe("re-upload with one changed section (remote embedder)", () => {
  it("embeds only the changed chunk; the others come from the embedding cache", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await uploadReady(t, ada, "personal", "kettle.md", GUIDE);
    expect(await embeddingRequests()).toHaveLength(3);
    await clearRequests(llm.url);
    const second = await uploadReady(t, ada, "personal", "kettle.md", GUIDE.replace("Two years", "Five years"));
    expect(await embeddingRequests()).toHaveLength(1);
    expect(await documentOf(t, second)).toMatchObject({ status: "ready", embeddedChunks: 1, reusedChunks: 2 });
    // The unchanged sections still answer, from vectors embedded the first time.
    const { sources } = await retrieve(t, ada.userId, "personal", "How do I descale the kettle with vinegar?");
    expect(sources[0]!.excerpt).toContain("white vinegar");
    expect(
      (await ada.query(api.docs.documents.list, { corpus: "personal" })).filter((d) => d.status === "ready"),
    ).toHaveLength(1);
  });
});
