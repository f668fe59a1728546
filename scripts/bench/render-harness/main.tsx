// P4: the same 50,000-character reply through SafeText (marked + DOMPurify)
// and through react-markdown + rehype-sanitize, committed synchronously in
// the same page, so the timings compare like with like; then SafeText while
// a reply streams: the cost of one append at several reply lengths.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { forgetRenderedBlocks } from "../../../src/components/safe-text/rendered-blocks";
import { SafeText } from "../../../src/components/safe-text/SafeText";

const root = createRoot(document.getElementById("output")!);
const renderers = {
  safeText: (markdown: string) => <SafeText markdown={markdown} />,
  reactMarkdown: (markdown: string) => <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{markdown}</ReactMarkdown>,
};
// Chromium started with --js-flags=--expose-gc: collect before each timing, so
// one renderer's garbage is never collected on the other's clock.
const collect = () => (window as unknown as { gc?: () => void }).gc?.();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const bench = window as unknown as {
  __renderMs: (name: keyof typeof renderers, markdown: string) => number;
  __appendMs: (text: string, initialChars: number, chunk: number, batches: number, perBatch: number) => number;
};

/** Milliseconds to commit a fresh render of `markdown` with one renderer. */
bench.__renderMs = (name, markdown) => {
  flushSync(() => root.render(null));
  // A cold render: SafeText must not reuse the HTML it kept from the previous round.
  forgetRenderedBlocks();
  collect();
  const started = performance.now();
  flushSync(() => root.render(renderers[name](markdown)));
  return performance.now() - started;
};

/**
 * Milliseconds per `chunk`-character append to a streaming reply of
 * `initialChars`: the median over batches of `perBatch` appends (a batch is
 * timed as a whole: Chromium's clock ticks in 0.1 ms steps here).
 */
bench.__appendMs = (text, initialChars, chunk, batches, perBatch) => {
  flushSync(() => root.render(null));
  forgetRenderedBlocks();
  let length = initialChars;
  flushSync(() => root.render(<SafeText markdown={text.slice(0, length)} streaming />));
  const times: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const texts = Array.from({ length: perBatch }, () => text.slice(0, (length += chunk)));
    collect();
    const started = performance.now();
    for (const next of texts) flushSync(() => root.render(<SafeText markdown={next} streaming />));
    times.push((performance.now() - started) / perBatch);
  }
  return median(times);
};
