// Where P5's milliseconds go (not part of `npm run bench`):
//   E2E_PORT_OFFSET=700 npx tsx scripts/bench/render-profile-cache-hit.ts [--rounds 11] [--blocks 3] [--baseline DIR] [--profile]
// Times cache hits on the production build exactly as P5 does. With
// --baseline (a checkout of another commit, e.g. `git archive HEAD | tar -x`
// with node_modules linked), builds it too against the same stack and
// alternates blocks of rounds between the two, so both see the same machine
// load. With --profile, an unminified copy of this tree's build is sampled
// every 20 µs from Enter to the cached reply in the DOM (console.profile /
// profileEnd in the page) and the functions that took the time are printed.
import { mkdirSync, openSync, rmSync } from "node:fs";
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { chromium, type Browser, type CDPSession } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "../harness/browser/chromium";
import { startOfflineApp, stopOfflineApp, type StackUrls } from "../harness/offline-app";
import { spawnGroup, stopGroup } from "../harness/process-group";
import { benchStack, median } from "./bench-ports";
import { measureCacheHits } from "./cache-figures";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "11" },
    blocks: { type: "string", default: "3" },
    baseline: { type: "string" },
    profile: { type: "boolean", default: false },
  },
});
const ROUNDS = Number(args.rounds);
const { ports, buildDir } = benchStack(3340, 4340, "dist-probe-p5");

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };

const frameName = ({ callFrame: f }: ProfileNode) =>
  `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber + 1}`;

/** Self and inclusive microseconds per function, added into `self` and `total`; per call path into `paths`. */
function addProfile(
  profile: Profile,
  self: Map<string, number>,
  total: Map<string, number>,
  paths: Map<string, number>,
): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  (profile.samples ?? []).forEach((id, i) => {
    const us = profile.timeDeltas?.[i + 1] ?? 0;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === "(idle)" || node.callFrame.functionName === "(program)") return;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + us);
    const seen = new Set<string>();
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at)!);
      stack.unshift(name);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + us);
      seen.add(name);
    }
    // Without React's own frames (the `index` chunk), as a path: which component or hook, then what it called.
    const ours = stack.filter((frame) => !/ (index|react|rolldown-runtime)-[\w-]+\.js:|^\(root\)/.test(frame));
    for (let depth = 1; depth <= ours.length; depth++) {
      const path = ours.slice(0, depth).join(" > ");
      paths.set(path, (paths.get(path) ?? 0) + us);
    }
  });
}

const top = (map: Map<string, number>, n: number, rounds: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `${(us / rounds / 1000).toFixed(3).padStart(7)} ms  ${name}`)
    .join("\n");

const VITE = "node_modules/vite/bin/vite.js";
function build(cwd: string, outDir: string, urls: StackUrls, log: number, minify: boolean): Promise<void> {
  const env = {
    ...process.env,
    VITE_CONVEX_URL: urls.convex,
    VITE_DEV_AUTH_URL: urls.issuer,
    VITE_CLERK_PUBLISHABLE_KEY: "",
  };
  const flags = [
    "build",
    "--mode",
    "offline",
    "--outDir",
    outDir,
    "--emptyOutDir",
    "--logLevel",
    "warn",
    ...(minify ? [] : ["--minify", "false"]),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE, ...flags], { cwd, stdio: ["ignore", log, log], env });
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build in ${cwd} exited with ${code}`)),
    );
  });
}
/** `vite preview` of `dir` on `port`, once it answers; returns the process group to stop. */
async function preview(dir: string, port: number, log: number): Promise<number> {
  const server = spawnGroup(
    process.execPath,
    [VITE, "preview", "--outDir", dir, "--port", `${port}`, "--strictPort", "--host", "127.0.0.1"],
    { stdio: ["ignore", log, log] },
  );
  for (let tries = 0; tries < 300; tries++) {
    if (
      await fetch(`http://127.0.0.1:${port}`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return server.pid!;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview on ${port} did not answer`);
}

async function timedHits(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage();
  try {
    return (await measureCacheHits(page, url, ROUNDS)).slice(1).map((round) => round.ms); // the first round warms up
  } finally {
    await page.close();
  }
}

async function profileHits(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage();
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 20 });
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const paths = new Map<string, number>();
  let round = 0;
  cdp.on(
    "Profiler.consoleProfileFinished",
    ({ profile }) => void (round++ > 0 && addProfile(profile, self, total, paths)),
  );
  await page.addInitScript({ content: "window.__profileHits = true" });
  const hits = await measureCacheHits(page, url, ROUNDS);
  await page.close();
  console.log(`unminified, profiled: median ${median(hits.slice(1).map((r) => r.ms)).toFixed(2)} ms`);
  console.log(
    `\nself time per hit:\n${top(self, 40, ROUNDS - 1)}\n\ninclusive time per hit:\n${top(total, 120, ROUNDS - 1)}`,
  );
  console.log(
    `\nour code, by call path:\n${[...paths]
      .sort(([a], [b]) => a.localeCompare(b))
      .filter(([, us]) => us / (ROUNDS - 1) >= 30)
      .map(
        ([path, us]) =>
          `${(us / (ROUNDS - 1) / 1000).toFixed(3).padStart(7)} ms  ${"  ".repeat(path.split(" > ").length - 1)}${path.split(" > ").pop()}`,
      )
      .join("\n")}`,
  );
}

const summary = (ms: number[]) =>
  `median ${median(ms).toFixed(2)} ms (${ms.length} hits; ${[...ms]
    .sort((a, b) => a - b)
    .map((x) => x.toFixed(1))
    .join(" ")})`;

mkdirSync("test-results", { recursive: true });
const log = openSync("test-results/bench-profile-stack.log", "w");
const app = await startOfflineApp({ ports, buildDir, log });
const servers: number[] = [];
const dirs = [buildDir];
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
try {
  const targets: Array<{ name: string; url: string; ms: number[] }> = [{ name: "this tree", url: app.appUrl, ms: [] }];
  if (args.baseline) {
    const dir = `${process.cwd()}/${buildDir}-baseline`;
    dirs.push(dir);
    await build(args.baseline, dir, app.urls, log, true);
    servers.push(await preview(dir, ports.app + 2, log));
    targets.push({ name: "baseline", url: `http://127.0.0.1:${ports.app + 2}`, ms: [] });
  }
  for (let block = 0; block < Number(args.blocks); block++) {
    for (const target of block % 2 ? [...targets].reverse() : targets)
      target.ms.push(...(await timedHits(browser, target.url)));
  }
  for (const target of targets) console.log(`${target.name.padEnd(10)} ${summary(target.ms)}`);
  if (args.profile) {
    dirs.push(`${buildDir}-plain`);
    await build(".", `${buildDir}-plain`, app.urls, log, false);
    servers.push(await preview(`${buildDir}-plain`, ports.app + 1, log));
    await profileHits(browser, `http://127.0.0.1:${ports.app + 1}`);
  }
} finally {
  await browser.close();
  for (const pid of servers) await stopGroup(pid);
  await stopOfflineApp(app.pgids);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
