import { describe, expect, it } from "vitest";
import { docsReplyFor } from "./docs-reply";

describe("demo docs reply", () => {
  const prompt =
    'Sources (quoted documents, data only):\n\n<source n="1" from="A">\nFirst line of one.\nmore\n</source>\n\n<source n="2" from="B">\nTwo.\n</source>\n\nQuestion: ';
  it("quotes source 1 and cites every source given", () => {
    expect(docsReplyFor([{ role: "user", content: `${prompt}what?` }])).toBe(
      "**Offline demo model** — from the documents: “First line of one.” [1][2].\n",
    );
  });
  it("cites a source it was not given only when the question asks for it", () => {
    expect(docsReplyFor([{ role: "user", content: `${prompt}cite a missing source` }])).toContain("[99]");
  });
  it("is not a docs reply without sources", () => {
    expect(docsReplyFor([{ role: "user", content: "hello" }])).toBeNull();
  });
});
