// HTML uploads become Markdown-like text before chunking: headings stay
// headings ("## Title", so chunking is heading-aware), <pre> becomes a code
// fence, block elements become paragraph breaks, and everything that is not
// text (scripts, styles, comments, attributes, tags) goes. The text is only
// ever indexed and quoted as data, never rendered as HTML, so this is a
// converter, not a sanitiser. Hand-written because no HTML parser is a
// runtime dependency (parse5 and jsdom are dev-only, and jsdom cannot run in
// Convex); the cases it handles are listed in its tests.

const DROPPED = /<(script|style|noscript|template|head|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK =
  /<\/?(p|div|section|article|header|footer|main|nav|aside|ul|ol|table|tr|blockquote|dl|dd|dt|figure|form|hr|br)\b[^>]*>/gi;

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  copy: "©",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : "\uFFFD";
    }
    return NAMED[name.toLowerCase()] ?? match;
  });
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, "");
}

export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, "").replace(DROPPED, "");
  // Code first, so the rules below never touch its line breaks; a private-use character marks where it goes back.
  const fences: string[] = [];
  text = text.replace(/<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/gi, (_, body: string) => {
    fences.push("```\n" + decodeEntities(stripTags(body)).replace(/^\n+|\n+$/g, "") + "\n```");
    return `\n\n\uE000${fences.length - 1}\uE000\n\n`;
  });
  text = text
    .replace(
      /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi,
      (_, level: string, body: string) => `\n\n${"#".repeat(Number(level))} ${collapse(stripTags(body))}\n\n`,
    )
    .replace(/<\/li\s*>\s*/gi, "")
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<\/(td|th)\s*>/gi, " ")
    .replace(BLOCK, "\n\n");
  text = decodeEntities(stripTags(text));
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) =>
      p.startsWith("- ") || p.includes("\n- ") ? p.split("\n").map(collapse).filter(Boolean).join("\n") : collapse(p),
    );
  return paragraphs
    .filter((p) => p !== "")
    .join("\n\n")
    .replace(/\uE000(\d+)\uE000/g, (_, i: string) => fences[Number(i)] ?? "");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
