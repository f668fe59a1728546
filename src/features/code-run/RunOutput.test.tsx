// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createOutputCollector, type RawResult, type RunError } from "../../../convex/code/output-collector";
import { ONE_PIXEL_PNG, recordedLines } from "./recorded-e2b-lines.test-data";
import { ResultView } from "./ResultView";
import { RunOutput, type CodeRun } from "./RunOutput";

afterEach(cleanup);

/** Recorded E2B lines through the same steps as production: the SDK's callbacks → the server's collector → a stored run. */
function runFromRecording(): CodeRun {
  const output = createOutputCollector();
  for (const line of recordedLines) {
    if (line.type === "stdout") output.stdout(line.text);
    if (line.type === "stderr") output.stderr(line.text);
    // As the SDK's Result: the line's own fields without `type` and `is_main_result`.
    if (line.type === "result")
      output.result({ ...line, type: undefined, is_main_result: undefined } as unknown as RawResult);
    if (line.type === "error") output.error(line as unknown as RunError);
  }
  const { error, ...rest } = output.snapshot();
  return {
    ...rest,
    error,
    _id: "run1",
    _creationTime: 0,
    messageId: "m1",
    blockIndex: 0,
    language: "python",
    codeHash: "0".repeat(64),
    status: "done",
    startedAt: 0,
    durationMs: 1234,
  } as unknown as CodeRun;
}

describe("RunOutput renders every E2B result type from a recorded run", () => {
  it("shows stdout, stderr, a text result and the error with its traceback (ANSI colours removed)", () => {
    render(<RunOutput run={runFromRecording()} />);
    expect(screen.getByTestId("code-run-stdout").textContent).toBe("hello from the sandbox\n");
    expect(screen.getByTestId("code-run-stderr").textContent).toContain("UserWarning: careful");
    expect(screen.getAllByTestId("code-run-result")[0]!.textContent).toBe("42");
    expect(screen.getByTestId("code-run-error").textContent).toContain("ZeroDivisionError: division by zero");
    const traceback = screen.getByTestId("code-run-traceback").textContent!;
    expect(traceback).toContain("----> 1 1/0");
    expect(traceback).not.toContain("\u001b");
    expect(screen.getByTestId("code-run-status").textContent).toBe("Raised an error in 1.2 s");
  });

  it("keeps the first four results and notes the rest", () => {
    render(<RunOutput run={runFromRecording()} />);
    expect(screen.getAllByTestId("code-run-image").map((img) => img.getAttribute("src"))).toEqual([
      `data:image/png;base64,${ONE_PIXEL_PNG}`,
      "data:image/jpeg;base64,/9j/4AAQSkZJRg==",
    ]);
    expect(screen.getByTestId("code-run-note").textContent).toMatch(/2 more results not kept/);
  });

  it.each([
    ["html", '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>'],
    ["svg", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(3)"><circle r="5"/></svg>'],
    ["javascript", "document.body.innerHTML = 'pwned'"],
  ] as const)("shows a %s result as inert text", (format, data) => {
    const { container } = render(<ResultView result={{ format, data }} />);
    expect(container.querySelector("pre")!.textContent).toBe(data);
    expect(container.querySelectorAll("script, svg, b, img, [onload], [onerror]")).toHaveLength(0);
    expect(container.textContent).toMatch(/shown as text|never run/);
  });

  it("refuses an image whose data is not base64 (nothing else reaches the src)", () => {
    const { container } = render(<ResultView result={{ format: "png", data: 'AAAA"><script>alert(1)</script>' }} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toMatch(/not valid base64/);
  });

  it("says a run stopped at the timeout, and marks truncated output", () => {
    const run = {
      ...runFromRecording(),
      status: "timeout",
      error: undefined,
      failure: "Stopped after 30 s: the time limit for one run.",
      stdoutTruncated: true,
    } as CodeRun;
    render(<RunOutput run={run} />);
    expect(screen.getByTestId("code-run-status").textContent).toBe("Stopped after 30 s: the time limit for one run.");
    expect(screen.getByTestId("code-run-stdout").textContent).toMatch(/\[output truncated after 10,000 characters\]$/);
  });
});
