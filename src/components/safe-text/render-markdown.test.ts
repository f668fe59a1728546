// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { WindowLike } from "dompurify";
import { renderMarkdown } from "./render-markdown";

function toDom(html: string): HTMLDivElement {
  const container = document.createElement("div");
  container.innerHTML = html;
  return container;
}

function render(markdown: string, allowedImageOrigins?: string[]): HTMLDivElement {
  return toDom(String(renderMarkdown(markdown, { allowedImageOrigins })));
}

const hrefs = (dom: Element) => Array.from(dom.querySelectorAll("[href]"), (el) => el.getAttribute("href"));
const srcs = (dom: Element) => Array.from(dom.querySelectorAll("[src]"), (el) => el.getAttribute("src"));

describe("renderMarkdown: links", () => {
  it.each([
    ["[docs](https://example.com/a)", "https://example.com/a"],
    ["[docs](http://example.com/a)", "http://example.com/a"],
    ["[mail](mailto:team@example.com)", "mailto:team@example.com"],
    ["<https://example.com/auto>", "https://example.com/auto"],
    ["see https://example.com/bare", "https://example.com/bare"],
  ])("keeps %s with rel and target", (markdown, href) => {
    const links = render(markdown).querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute("href")).toBe(href);
    expect(links[0]?.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(links[0]?.getAttribute("target")).toBe("_blank");
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](jav&#x09;ascript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](<jav\tascript:alert(1)>)",
    "<javascript:alert(1)>",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](vbscript:msgbox(1))",
    "[x](VBScript:msgbox(1))",
    "[x](/settings/delete-account)",
    "[x](//evil.example/phish)",
  ])("strips the URL from %j", (markdown) => {
    const dom = render(markdown);
    expect(hrefs(dom)).toEqual([]);
    expect(dom.querySelector("a[target], a[rel]")).toBeNull(); // Dead links get no link attributes.
  });
});

describe("renderMarkdown: images", () => {
  const cat = "![a cat](https://img.example/cat.png)";

  it("shows only the alt text by default (no request is made)", () => {
    const dom = render(cat);
    expect(dom.querySelector("img")).toBeNull();
    expect(dom.textContent).toContain("a cat");
  });

  it("keeps an image from an allowed origin", () => {
    expect(srcs(render(cat, ["https://img.example/"]))).toEqual(["https://img.example/cat.png"]);
  });

  it.each([
    "![x](https://evil.example/cat.png)",
    "![x](http://img.example/cat.png)",
    "![x](/cat.png)",
    "![x](data:image/png;base64,iVBORw0KGgo=)",
    "![x](javascript:alert(1))",
    "![x](https://img.example.evil.example/cat.png)",
  ])("drops %j even with an allowlist", (markdown) => {
    const dom = render(markdown, ["https://img.example"]);
    expect(dom.querySelector("img")).toBeNull();
    expect(dom.textContent).toContain("x");
  });
});

describe("renderMarkdown: raw HTML in the reply", () => {
  it.each([
    ["<script>alert(1)</script>", "script"],
    ["hello <img src=x onerror=alert(1)> there", "img"],
    ['<a href="javascript:alert(1)">x</a>', "a"],
    ['<iframe src="https://evil.example"></iframe>', "iframe"],
    ["<svg onload=alert(1)>", "svg"],
    ["<math><mi>x</mi></math>", "math"],
    ['<form action="https://evil.example"><button>Go</button></form>', "form"],
    ["<style>body { display: none }</style>", "style"],
    ['<p style="position:fixed" onclick="alert(1)">x</p>', "[style], [onclick]"],
    ['<details open ontoggle="alert(1)">x</details>', "details"],
  ])("shows %j as text", (markdown, forbidden) => {
    const dom = render(markdown);
    expect(dom.querySelector(forbidden)).toBeNull();
    expect(dom.textContent).toContain(markdown.slice(0, 8));
  });
});

describe("renderMarkdown: GFM", () => {
  it("renders code blocks as escaped text", () => {
    const code = render("```html\n<b onclick=alert(1)>x</b>\n```").querySelector("pre > code");
    expect(code?.textContent).toBe("<b onclick=alert(1)>x</b>\n");
    expect(code?.querySelector("b")).toBeNull();
  });

  it("renders tables, strikethrough and task lists without form controls", () => {
    const dom = render("| a | b |\n|:-:|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n- [ ] todo");
    expect(dom.querySelector("th")?.getAttribute("align")).toBe("center");
    expect(dom.querySelector("del")?.textContent).toBe("old");
    expect(dom.querySelector("input")).toBeNull();
    expect(dom.querySelector("li")?.textContent).toBe("☑ done");
  });

  it("keeps the start number of an ordered list", () => {
    expect(render("3. three\n4. four").querySelector("ol")?.getAttribute("start")).toBe("3");
  });
});

describe("renderMarkdown: the window option", () => {
  it("sanitises with the window it is given", () => {
    const frame = document.createElement("iframe");
    document.body.append(frame);
    const other = frame.contentWindow as unknown as WindowLike;
    expect(renderMarkdown("[x](javascript:alert(1)) **b**", { window: other })).toBe(
      "<p><a>x</a> <strong>b</strong></p>\n",
    );
    frame.remove();
  });

  it("refuses a window DOMPurify cannot use instead of passing HTML through", () => {
    expect(() => renderMarkdown("<b>x</b>", { window: {} as WindowLike })).toThrow(/cannot run DOMPurify/);
  });
});
