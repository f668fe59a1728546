import { describe, expect, it } from "vitest";
import { chunkDocument } from "./chunking";
import { decodeEntities, htmlToText } from "./docs-html";

describe("htmlToText", () => {
  it("keeps headings as Markdown headings, so chunking sees the structure", () => {
    const text = htmlToText(
      "<html><head><title>x</title></head><body><h1>Guide</h1><p>Intro</p><h2 id=a>Install <em>it</em></h2><p>Run it.</p></body></html>",
    );
    expect(text).toBe("# Guide\n\nIntro\n\n## Install it\n\nRun it.");
    expect(chunkDocument(text).map((c) => c.headingPath)).toEqual([["Guide"], ["Guide", "Install it"]]);
  });

  it("drops scripts, styles, comments and attributes entirely", () => {
    const text = htmlToText(
      '<p onclick="evil()">Hi</p><script>alert(1)</script><style>p{}</style><!-- secret --><p>there</p>',
    );
    expect(text).toBe("Hi\n\nthere");
  });

  it("turns <pre> into a code fence and keeps its line breaks and entities decoded", () => {
    const text = htmlToText("<p>Example:</p><pre><code>if (a &lt; b) {\n  go();\n}</code></pre>");
    expect(text).toBe("Example:\n\n```\nif (a < b) {\n  go();\n}\n```");
  });

  it("makes list items lines and collapses whitespace inside paragraphs", () => {
    expect(htmlToText("<ul><li>one</li>\n<li>two  words</li></ul><p>a\n   b</p>")).toBe("- one\n- two words\n\na b");
  });

  it("decodes named and numeric entities; invalid code points become U+FFFD", () => {
    expect(decodeEntities("&amp; &lt;x&gt; &#65; &#x42; &unknown; &#xD800;")).toBe("& <x> A B &unknown; \uFFFD");
  });

  it("does not turn escaped markup back into tags that matter (it is only text)", () => {
    expect(htmlToText("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")).toBe("<script>alert(1)</script>");
  });
});
