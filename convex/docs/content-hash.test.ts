import { describe, expect, it } from "vitest";
import { chunkDocument } from "../../rules/chunking";
import { sha256Hex } from "../cache/keys";
import { embeddedTextsOf } from "./content-hash";

// The embedding cache's key: unchanged chunks hash the same, anything that
// changes what would be embedded changes the hash.

const DOC = "# Kettle\n\n## Descaling\n\nUse white vinegar.\n\n## Warranty\n\nTwo years.";
const hashes = async (doc: string, title = "kettle") =>
  (await embeddedTextsOf(chunkDocument(doc), title)).map((e) => e.hash);

describe("chunk content hashes", () => {
  it("are the SHA-256 of exactly the embedded text (title > heading path, then the text)", async () => {
    const [first] = await embeddedTextsOf(chunkDocument(DOC), "kettle");
    expect(first!.text).toBe("kettle > Kettle > Descaling\n\nUse white vinegar.");
    expect(first!.hash).toBe(await sha256Hex(first!.text));
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("an edit to one section changes only that chunk's hash", async () => {
    const [before, after] = [await hashes(DOC), await hashes(DOC.replace("Two years", "Five years"))];
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });

  it("the same text under another heading or title is another hash (it is embedded with its context)", async () => {
    const base = await hashes(DOC);
    expect((await hashes(DOC.replace("## Descaling", "## Cleaning")))[0]).not.toBe(base[0]);
    expect(await hashes(DOC, "kettle v2")).not.toContain(base[0]);
  });
});
