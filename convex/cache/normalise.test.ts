import { describe, expect, it } from "vitest";
import { contextKeyOf, exactKeyOf } from "./keys";
import { normaliseMessage } from "./normalise";

const user = (content: string) => ({ role: "user" as const, content });
const CHAIN = ["groq:openai/gpt-oss-20b", "openrouter:qwen/qwen3-coder:free"];

describe("normaliseMessage", () => {
  it("collapses whitespace, lower-cases prose and drops trailing ? ! .", () => {
    expect(normaliseMessage("  What IS\tthe   capital\n\nof France?!  ")).toBe("what is the capital of france");
  });

  it("applies NFKC and LF line ends", () => {
    expect(normaliseMessage("ＡＢＣ\r\nｄｅｆ")).toBe("abc def");
  });

  it("keeps code byte for byte: fences and inline spans", () => {
    const text = "Why does\n```py\nX  = 1\nprint( X )\n```\nfail with `NameError: Foo`?";
    expect(normaliseMessage(text)).toBe("why does ```py\nX  = 1\nprint( X )\n``` fail with `NameError: Foo`");
  });

  it("keeps an unclosed fence verbatim to the end", () => {
    expect(normaliseMessage("Fix THIS:\n```\nA  b")).toBe("fix this: ```\nA  b");
  });

  it("keeps punctuation that is not trailing", () => {
    expect(normaliseMessage("Is 2.5 > 2?")).toBe("is 2.5 > 2");
  });
});

describe("cache keys", () => {
  it("the exact key is the same for normalised-equal turns and differs for any real change", async () => {
    const base = await exactKeyOf(CHAIN, [user("What is 2+2?")]);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(await exactKeyOf(CHAIN, [user("  what is 2+2 ")])).toBe(base);
    expect(await exactKeyOf(CHAIN, [user("What is 2+3?")])).not.toBe(base);
    expect(await exactKeyOf(CHAIN.slice(0, 1), [user("What is 2+2?")])).not.toBe(base);
    expect(await exactKeyOf(CHAIN, [{ role: "system", content: "Be brief." }, user("What is 2+2?")])).not.toBe(base);
  });

  it("roles are part of the key: a user line never collides with an assistant line", async () => {
    const a = await exactKeyOf(CHAIN, [user("hi"), { role: "assistant", content: "x" }, user("y")]);
    const b = await exactKeyOf(CHAIN, [user("hi"), { role: "user", content: "x" }, user("y")]);
    expect(a).not.toBe(b);
  });

  it("the context key ignores the prompt and covers the chain and the earlier turns", async () => {
    const earlier = [user("Explain TCP"), { role: "assistant" as const, content: "TCP is…" }];
    const key = await contextKeyOf(CHAIN, [...earlier, user("and UDP?")]);
    expect(await contextKeyOf(CHAIN, [...earlier, user("something else entirely")])).toBe(key);
    expect(await contextKeyOf(CHAIN, [user("Explain IP"), earlier[1]!, user("and UDP?")])).not.toBe(key);
    expect(await contextKeyOf(["groq:other"], [...earlier, user("and UDP?")])).not.toBe(key);
  });
});

describe("cacheChainOf", () => {
  it("names each failover target provider:model, in order", async () => {
    const { cacheChainOf } = await import("./chain");
    expect(
      cacheChainOf([
        { provider: "groq", model: "openai/gpt-oss-20b" },
        { provider: "openrouter", model: "qwen/qwen3-coder:free" },
      ]),
    ).toEqual(CHAIN);
  });
});
