import { chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "../harness/browser/chromium";
import { startViteHarness } from "../harness/vite-harness";
import { median } from "./bench-ports";

const ROUNDS = 5;
const STREAM_LENGTHS = [10_000, 50_000, 200_000] as const;
const APPEND_CHARS = 40; // about what one streamed write adds (the reply is written ≤ 4 times a second)
const BATCHES = 9;
const PER_BATCH = 20;

/** A realistic long reply: headings, prose with links, lists, code, a table — `chars` characters. */
function longReply(chars = 50_000): string {
  const section = (i: number) =>
    `## Part ${i}\n\nThis paragraph explains **step ${i}** with a [reference](https://example.com/docs/${i}) and \`inline code\`, then continues for a while so the text reads like a real answer.\n\n- first point about ${i}\n- second point with _emphasis_\n  - a nested detail\n\n\`\`\`ts\nexport function step${i}(input: string): string {\n  return input.trim().toUpperCase();\n}\n\`\`\`\n\n| key | value |\n| --- | --- |\n| a | ${i} |\n\n`;
  let text = "";
  for (let i = 1; text.length < chars; i++) text += section(i);
  return text.slice(0, chars);
}

type BenchWindow = {
  __renderMs: (n: string, md: string) => number;
  __appendMs: (t: string, i: number, c: number, b: number, p: number) => number;
};
const renderMs = (page: Page, name: string, markdown: string) =>
  page.evaluate(([n, md]) => (window as never as BenchWindow).__renderMs(n, md), [name, markdown] as const);

/**
 * P4 in real Chromium. A fresh 50,000-character render by each renderer,
 * alternating, after a garbage collection, ROUNDS times (after one warm-up
 * round); the figure is the median of the per-round ratios. Then streaming:
 * the median cost of one append to a reply of 10 k, 50 k and 200 k characters.
 */
export async function renderFigures() {
  const server = await startViteHarness("scripts/bench/render-harness");
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...chromiumArgs, "--js-flags=--expose-gc"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => "__renderMs" in window, undefined, { timeout: 60_000 });
    const markdown = longReply();
    const rounds: Array<{ safeText: number; reactMarkdown: number }> = [];
    for (let round = 0; round <= ROUNDS; round++) {
      const safeText = await renderMs(page, "safeText", markdown);
      const reactMarkdown = await renderMs(page, "reactMarkdown", markdown);
      if (round > 0) rounds.push({ safeText, reactMarkdown }); // round 0 warms both up
    }
    const longest = longReply(Math.max(...STREAM_LENGTHS) + APPEND_CHARS * BATCHES * PER_BATCH);
    const append: Record<number, number> = {};
    for (const length of STREAM_LENGTHS) {
      append[length] = await page.evaluate(
        ([t, i, c, b, p]) => (window as never as BenchWindow).__appendMs(t, i, c, b, p),
        [longest, length, APPEND_CHARS, BATCHES, PER_BATCH] as const,
      );
    }
    return {
      chars: markdown.length,
      rounds: rounds.length,
      safeTextMs: median(rounds.map((r) => r.safeText)),
      reactMarkdownMs: median(rounds.map((r) => r.reactMarkdown)),
      speedup: median(rounds.map((r) => r.reactMarkdown / r.safeText)),
      appendMs: append,
      appendRatio: append[200_000]! / append[10_000]!,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
