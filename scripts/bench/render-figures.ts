import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "../../e2e/support/chromium";
import { startViteHarness } from "../../e2e/support/vite-harness";

const ROUNDS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** A realistic long reply: headings, prose with links, lists, code, a table — 50,000 characters. */
export function longReply(chars = 50_000): string {
  const section = (i: number) => `## Part ${i}\n\nThis paragraph explains **step ${i}** with a [reference](https://example.com/docs/${i}) and \`inline code\`, then continues for a while so the text reads like a real answer.\n\n- first point about ${i}\n- second point with _emphasis_\n  - a nested detail\n\n\`\`\`ts\nexport function step${i}(input: string): string {\n  return input.trim().toUpperCase();\n}\n\`\`\`\n\n| key | value |\n| --- | --- |\n| a | ${i} |\n\n`;
  let text = "";
  for (let i = 1; text.length < chars; i++) text += section(i);
  return text.slice(0, chars);
}

/** P4 in real Chromium: median commit time of each renderer over the same input. */
export async function renderFigures() {
  const server = await startViteHarness("scripts/bench/render-harness");
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => "__renderMs" in window, undefined, { timeout: 60_000 });
    const markdown = longReply();
    const timings = { safeText: [] as number[], reactMarkdown: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ["safeText", "reactMarkdown"] as const) {
        timings[name].push(await page.evaluate(([n, md]) => (window as never as { __renderMs: (a: string, b: string) => number }).__renderMs(n, md), [name, markdown] as const));
      }
    }
    const safeTextMs = median(timings.safeText.slice(1)); // first round warms both up
    const reactMarkdownMs = median(timings.reactMarkdown.slice(1));
    return { chars: markdown.length, safeTextMs, reactMarkdownMs, speedup: reactMarkdownMs / safeTextMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
