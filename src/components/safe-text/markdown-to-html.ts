import { Marked } from "marked";

// Escapes text for use in HTML element content and quoted attribute values.
function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

// One instance for the app, separate from marked's global so nothing else can
// switch the HTML passthrough back on with `marked.use`.
const markdownParser = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // Raw HTML written by the model is shown as text rather than dropped, so a
    // user can see what the model tried to say (OWASP LLM05: never execute it).
    html({ text, block }) {
      return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
    },
    // Task-list boxes as text: marked's default is an <input>, and the
    // sanitiser allows no form controls at all.
    checkbox({ checked }) {
      return checked ? "☑ " : "☐ ";
    },
  },
});

/**
 * Markdown to HTML that is NOT yet safe: links and images still carry whatever
 * URL the model wrote. Only `sanitizeHtml` may turn this into something the DOM
 * sees.
 */
export function markdownToUnsafeHtml(markdown: string): string {
  try {
    return markdownParser.parse(markdown, { async: false });
  } catch {
    // A parser bug must not take the chat down; plain escaped text is safe.
    return `<p>${escapeHtml(markdown)}</p>`;
  }
}
