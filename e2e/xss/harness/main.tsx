// Renders untrusted markdown through the real SafeText component so the XSS
// spec can push ~40k vectors through it in batches, in minutes rather than
// hours. The chat page renders replies with this same component.
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { ReactNode } from "react";
import { SafeText } from "../../../src/components/safe-text/SafeText";
import type { HarnessWindow } from "./harness-api";
import { scanOutput } from "./scan-output";

function Batch({ markdowns }: { markdowns: string[] }) {
  return markdowns.map((markdown, index) => (
    <section key={index} data-vector={index}>
      <SafeText markdown={markdown} />
    </section>
  ));
}

const output = document.getElementById("output");
if (!output) throw new Error("harness: #output missing");

// A render that throws must fail the batch, not silently unmount the root.
let renderError: unknown = null;
const root = createRoot(output, { onUncaughtError: (error) => (renderError = error) });

function commit(element: ReactNode): Promise<void> {
  renderError = null;
  flushSync(() => root.render(element)); // Synchronous commit: the DOM is final on return.
  return renderError ? Promise.reject(renderError) : Promise.resolve();
}

const harness = window as unknown as HarnessWindow;
harness.__renderBatch = (markdowns) => commit(<Batch markdowns={markdowns} />);
harness.__clearBatch = () => commit(null);
harness.__scanOutput = () => scanOutput(output);
