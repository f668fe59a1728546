import type { Page } from "@playwright/test";
import type { HarnessWindow, ScanFinding } from "./harness/harness-api";
import type { Vector } from "./markdown-contexts";
import type { Signal, XssMonitor } from "./xss-monitor";

const BATCH_SIZE = 200;
// onload/onerror/autofocus handlers fire asynchronously after insertion; a
// short timer plus an animation frame gives them time to run before the scan.
const SETTLE_MS = 80;
// Re-running a failing batch one vector at a time finds the culprit but costs
// ~100 ms per vector; bound it so a badly broken build still finishes.
const MAX_BATCHES_TO_BISECT = 3;

export interface Failure {
  /** Undefined when a signal could not be tied to one vector. */
  vector: Vector | undefined;
  problem: string;
}

export interface RunResult {
  tried: number;
  /** Script ran: trapped calls, dialogs, popups, navigations. */
  executions: Failure[];
  /** Unsafe output that did not (visibly) run: DOM scan findings, requests, page errors. */
  violations: Failure[];
}

const EXECUTION_KINDS = new Set<Signal["kind"]>(["trapped call", "dialog", "popup", "navigation"]);

async function renderAndScan(page: Page, markdowns: string[]): Promise<ScanFinding[]> {
  return page.evaluate(
    async ({ markdowns, settleMs }) => {
      const harness = window as unknown as HarnessWindow;
      await harness.__renderBatch(markdowns);
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const findings = harness.__scanOutput();
      await harness.__clearBatch();
      return findings;
    },
    { markdowns, settleMs: SETTLE_MS },
  );
}

function record(result: RunResult, vector: Vector | undefined, signal: Signal): void {
  const failure = { vector, problem: `${signal.kind}: ${signal.detail}` };
  (EXECUTION_KINDS.has(signal.kind) ? result.executions : result.violations).push(failure);
}

/** Renders the vectors in batches and collects everything that went wrong. */
export async function runVectors(page: Page, monitor: XssMonitor, vectors: Vector[]): Promise<RunResult> {
  const result: RunResult = { tried: 0, executions: [], violations: [] };
  let bisected = 0;
  for (let start = 0; start < vectors.length; start += BATCH_SIZE) {
    const batch = vectors.slice(start, start + BATCH_SIZE);
    const findings = await renderAndScan(
      page,
      batch.map((vector) => vector.markdown),
    );
    result.tried += batch.length;
    for (const { vector, problem } of findings) result.violations.push({ vector: batch[vector], problem });

    const signals = await monitor.drain();
    if (signals.length === 0) continue;
    if (bisected >= MAX_BATCHES_TO_BISECT) {
      for (const signal of signals) record(result, undefined, signal);
      continue;
    }
    bisected += 1;
    let attributed = 0;
    for (const vector of batch) {
      await renderAndScan(page, [vector.markdown]);
      const own = await monitor.drain();
      for (const signal of own) record(result, vector, signal);
      attributed += own.length;
    }
    // Not reproducible alone (or it fired late, in the previous batch): keep it.
    if (attributed === 0) for (const signal of signals) record(result, undefined, signal);
  }
  return result;
}

export function formatFailures(failures: Failure[], describe: (vector: Vector) => string): string {
  const shown = failures
    .slice(0, 40)
    .map(({ vector, problem }) => `  - ${problem}\n    ${vector ? describe(vector) : "(vector unknown)"}`);
  const more = failures.length > shown.length ? `\n  … and ${failures.length - shown.length} more` : "";
  return shown.join("\n") + more;
}
