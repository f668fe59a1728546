// P4: the same 50,000-character reply through SafeText (marked + DOMPurify)
// and through react-markdown + rehype-sanitize, committed synchronously in
// the same page, so the timings compare like with like.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { SafeText } from "../../../src/components/safe-text/SafeText";

const root = createRoot(document.getElementById("output")!);
const renderers = {
  safeText: (markdown: string) => <SafeText markdown={markdown} />,
  reactMarkdown: (markdown: string) => <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{markdown}</ReactMarkdown>,
};

/** Milliseconds to commit a fresh render of `markdown` with one renderer. */
(window as unknown as { __renderMs: (name: keyof typeof renderers, markdown: string) => number }).__renderMs = (name, markdown) => {
  flushSync(() => root.render(null));
  const started = performance.now();
  flushSync(() => root.render(renderers[name](markdown)));
  return performance.now() - started;
};

