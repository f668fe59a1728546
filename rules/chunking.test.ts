import { describe, expect, it } from "vitest";
import { chunkDocument, embeddingTextOf } from "./chunking";

const para = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ") + ".";

describe("chunkDocument", () => {
  it("keeps the heading path of every chunk, outermost first, and numbers positions", () => {
    const doc =
      "# Guide\n\nIntro text.\n\n## Install\n\nRun npm install.\n\n### Linux\n\nUse apt.\n\n## Use\n\nRun it.";
    const chunks = chunkDocument(doc);
    expect(chunks.map((c) => [c.position, c.headingPath, c.text])).toEqual([
      [0, ["Guide"], "Intro text."],
      [1, ["Guide", "Install"], "Run npm install."],
      [2, ["Guide", "Install", "Linux"], "Use apt."],
      [3, ["Guide", "Use"], "Run it."],
    ]);
  });

  it("starts a new chunk at every heading (sections are never mixed)", () => {
    const chunks = chunkDocument("## A\n\nalpha\n\n## B\n\nbeta");
    expect(chunks.map((c) => c.text)).toEqual(["alpha", "beta"]);
  });

  it("packs small paragraphs up to the target and splits beyond it", () => {
    const doc = Array.from({ length: 12 }, (_, i) => para(`p${i}w`, 20)).join("\n\n");
    const chunks = chunkDocument(doc, { targetChars: 1000, overlapChars: 0 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(1000);
    expect(chunks.map((c) => c.text).join("\n\n")).toBe(doc);
  });

  it("never splits a code fence, even one longer than the target, and never carries half a fence as overlap", () => {
    const code = "```ts\n" + Array.from({ length: 80 }, (_, i) => `const line${i} = ${i};`).join("\n") + "\n```";
    const doc = `## Code\n\n${para("before", 60)}\n\n${code}\n\n${para("after", 60)}`;
    const chunks = chunkDocument(doc, { targetChars: 500, overlapChars: 100 });
    const fenced = chunks.filter((c) => c.text.includes("```"));
    expect(fenced).toHaveLength(1);
    expect(fenced[0]!.text).toContain(code);
    for (const chunk of chunks) expect((chunk.text.match(/```/g) ?? []).length % 2).toBe(0);
  });

  it("never splits any fence, whatever the target and overlap: every fence is whole in one chunk", () => {
    const fences = Array.from(
      { length: 8 },
      (_, i) => "```py\n" + Array.from({ length: 3 + i * 4 }, (_, j) => `x${i}_${j} = ${j}`).join("\n") + "\n```",
    );
    const doc = "## Mixed\n\n" + fences.map((fence, i) => `${para(`w${i}`, 10 + i * 7)}\n\n${fence}`).join("\n\n");
    for (const targetChars of [120, 250, 400, 700, 1000]) {
      const chunks = chunkDocument(doc, { targetChars, overlapChars: Math.floor(targetChars / 4) });
      for (const chunk of chunks) expect((chunk.text.match(/```/g) ?? []).length % 2).toBe(0);
      for (const fence of fences) expect(chunks.some((c) => c.text.includes(fence))).toBe(true);
    }
  });

  it("treats # inside a fence as code, not a heading; tildes fences too; an unclosed fence runs to the end", () => {
    const doc = "## Real\n\n~~~sh\n# not a heading\n~~~\n\ntext\n\n```\n# still code";
    const chunks = chunkDocument(doc);
    expect(chunks.every((c) => c.headingPath.join("/") === "Real")).toBe(true);
    expect(chunks.map((c) => c.text).join("\n")).toContain("# still code");
  });

  it("repeats the end of the previous chunk (overlap), cut at a word boundary", () => {
    const doc = ["a", "b", "c", "d", "e", "f"].map((w) => para(w, 30)).join("\n\n");
    const chunks = chunkDocument(doc, { targetChars: 500, overlapChars: 100 });
    expect(chunks.length).toBeGreaterThan(1);
    for (let i = 1; i < chunks.length; i++) {
      const previous = chunks[i - 1]!.text;
      const carried = chunks[i]!.text.split("\n\n")[0]!;
      expect(carried.length).toBeLessThanOrEqual(100);
      expect(carried.length).toBeGreaterThan(20);
      expect(previous.endsWith(carried)).toBe(true);
      expect(previous.at(-carried.length - 1)).toMatch(/\s/);
    }
  });

  it("cuts an overlong paragraph at sentence ends", () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} says something.`).join(" ");
    const chunks = chunkDocument(sentences, { targetChars: 300, overlapChars: 0 });
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(300);
      expect(chunk.text.endsWith(".")).toBe(true);
    }
  });

  it("plain text has no headings", () => {
    expect(chunkDocument("# not a heading\n\nbody", { headings: false })[0]!.headingPath).toEqual([]);
  });

  it("is deterministic, so unchanged sections give identical chunks (what makes hashes reusable)", () => {
    const a = "# T\n\n## One\n\nsame text\n\n## Two\n\nold text";
    const b = "# T\n\n## One\n\nsame text\n\n## Two\n\nnew text";
    const [ca, cb] = [chunkDocument(a), chunkDocument(b)];
    expect(embeddingTextOf(ca[0]!, "Doc")).toBe(embeddingTextOf(cb[0]!, "Doc"));
    expect(embeddingTextOf(ca[1]!, "Doc")).not.toBe(embeddingTextOf(cb[1]!, "Doc"));
    expect(embeddingTextOf(ca[0]!, "Doc")).toBe("Doc > T > One\n\nsame text");
  });
});
