import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyIdOf } from "./key-id.ts";
import { lastUserExcerpt, promptTokensOf, replyText, splitIntoTokens } from "./reply.ts";

describe("keyIdOf", () => {
  it("is key_ + the first 8 hex chars of sha256, checked against node:crypto", async () => {
    for (const key of ["gsk_abc", "sk-or-v1-xyz", "ünïcödé"]) {
      const expected = `key_${createHash("sha256").update(key, "utf8").digest("hex").slice(0, 8)}`;
      expect(await keyIdOf(key)).toBe(expected);
    }
  });
});

describe("reply generation", () => {
  const long = "word ".repeat(40);

  it("quotes at most 60 characters of the last user message", () => {
    const messages = [
      { role: "user", content: "first question" },
      { role: "assistant", content: "an answer" },
      { role: "user", content: long },
    ];
    const excerpt = lastUserExcerpt(messages);
    expect(excerpt.length).toBeLessThanOrEqual(60);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(lastUserExcerpt([{ role: "user", content: "  short\n question " }])).toBe("short question");
  });

  it("reads the text parts of multimodal content", () => {
    const messages = [
      {
        role: "user",
        content: [{ type: "text", text: "describe" }, { type: "image_url" }, { type: "text", text: " this" }],
      },
    ];
    expect(lastUserExcerpt(messages)).toBe("describe this");
    expect(promptTokensOf(messages)).toBe(Math.ceil("describe this".length / 4));
  });

  it("splits into 20+ tokens that join back to the exact reply", () => {
    const text = replyText("m", [{ role: "user", content: "hello" }]);
    const tokens = splitIntoTokens(text);
    expect(tokens.length).toBeGreaterThanOrEqual(20);
    expect(tokens.join("")).toBe(text);
  });

  it("is deterministic", () => {
    const messages = [{ role: "user", content: "same" }];
    expect(replyText("m", messages)).toBe(replyText("m", messages));
  });
});

describe("demo replies vary with the prompt", () => {
  const reply = (prompt: string) => replyText("m", [{ role: "user", content: prompt }]);

  it("a plain prompt gets the introduction and a hint of what can be asked, no blocks", () => {
    const text = reply("hello");
    expect(text.startsWith("**Offline demo model**")).toBe(true);
    expect(text).toContain("Ask for a *list*");
    expect(text).not.toContain("```");
    expect(text).not.toContain("| --- |");
  });

  it("adds the block each prompt asks for, and only that one", () => {
    expect(reply("show me a table")).toContain("| Tier | Requests a minute | Daily cap |");
    expect(reply("show me a table")).not.toContain("```");
    expect(reply("some python please")).toContain("```python\ndef greet");
    expect(reply("write it in JavaScript")).toContain("```javascript\nconst greet");
    expect(reply("a list of steps")).toMatch(/\n- \*\*Guardrails\*\*/);
    expect(reply("give me a link")).toContain("[the Markdown guide](https://");
  });

  it("everything: every block; long: a dozen paragraphs", () => {
    const all = reply("show everything");
    for (const marker of ["| Tier |", "```python", "```javascript", "\n- **Guardrails**", "](https://"])
      expect(all).toContain(marker);
    const long = reply("a long answer please");
    expect(long.split("\n\n").length).toBeGreaterThan(12);
    expect(long.length).toBeGreaterThan(reply("an answer please").length * 5);
  });

  it("keeps markdown line breaks when split into tokens", () => {
    const text = reply("everything, long");
    expect(splitIntoTokens(text).join("")).toBe(text);
  });
});
