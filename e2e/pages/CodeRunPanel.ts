import type { Locator } from "@playwright/test";

/** The Run button and output under one code block of a reply (src/features/code-run). */
export class CodeRunPanel {
  readonly runButton: Locator;
  readonly output: Locator;
  readonly status: Locator;
  readonly stdout: Locator;
  readonly refusal: Locator;

  constructor(readonly root: Locator) {
    this.runButton = root.getByTestId("run-code");
    this.output = root.getByTestId("code-run-output");
    this.status = root.getByTestId("code-run-status");
    this.stdout = root.getByTestId("code-run-stdout");
    this.refusal = root.getByTestId("code-run-refusal");
  }

  /** The panel of the reply's `index`-th runnable block. */
  static of(reply: Locator, index = 0): CodeRunPanel {
    return new CodeRunPanel(reply.getByTestId("code-run").nth(index));
  }
}
