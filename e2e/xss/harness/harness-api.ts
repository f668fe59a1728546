// What the harness page exposes to the Playwright spec (types only).

/** A problem found in the rendered DOM, attributed to the vector that produced it. */
export interface ScanFinding {
  /** Index of the markdown string in the batch passed to `__renderBatch`. */
  vector: number;
  problem: string;
}

/** A call to a trapped function (alert, confirm, prompt, print, open). */
export interface TrapHit {
  name: string;
  firstArgument: string;
  frameUrl: string;
}

export interface HarnessWindow {
  /** Renders each string in its own SafeText; resolves once React has committed. */
  __renderBatch(markdowns: string[]): Promise<void>;
  /** Unmounts the batch. */
  __clearBatch(): Promise<void>;
  /** Checks everything under the batch container for executable or forbidden markup. */
  __scanOutput(): ScanFinding[];
  /** Filled by the init script the spec installs before the page loads. */
  __xssHits?: TrapHit[];
}
