import { randomUUID } from "node:crypto";

export type StandInSandbox = {
  id: string;
  templateId: string;
  startedAt: number;
  endAt: number;
  timer: NodeJS.Timeout;
};

/** E2B's ceiling for a sandbox's life (Pro plan: 24 h); longer requests are clamped, as E2B does. */
const MAX_TIMEOUT_S = 86_400;
const DEFAULT_TIMEOUT_S = 300;

/**
 * The stand-in's sandboxes: ids with an end of life, removed when it passes
 * (E2B kills a sandbox at its timeout) or when a test expires them early (the
 * "sandbox was not found before its timeout" failure). `onGone` stops what
 * still runs in one.
 */
export class SandboxStore {
  private readonly sandboxes = new Map<string, StandInSandbox>();
  constructor(private readonly onGone: (id: string) => void) {}

  create(templateId: string, timeoutS: number | undefined): StandInSandbox {
    const id = `sbx_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
    const now = Date.now();
    const sandbox: StandInSandbox = { id, templateId, startedAt: now, endAt: now, timer: setTimeout(() => {}, 0) };
    this.sandboxes.set(id, sandbox);
    this.setTimeout(id, timeoutS ?? DEFAULT_TIMEOUT_S);
    return sandbox;
  }

  get(id: string): StandInSandbox | undefined {
    return this.sandboxes.get(id);
  }

  /** Sets the end of life to now + timeout (E2B: "extend or reduce"); false when it is gone. */
  setTimeout(id: string, timeoutS: number): boolean {
    const sandbox = this.sandboxes.get(id);
    if (!sandbox) return false;
    const seconds = Math.min(Math.max(0, timeoutS), MAX_TIMEOUT_S);
    clearTimeout(sandbox.timer);
    sandbox.endAt = Date.now() + seconds * 1000;
    sandbox.timer = setTimeout(() => this.kill(id), seconds * 1000);
    sandbox.timer.unref();
    return true;
  }

  kill(id: string): boolean {
    const sandbox = this.sandboxes.get(id);
    if (!sandbox) return false;
    clearTimeout(sandbox.timer);
    this.sandboxes.delete(id);
    this.onGone(id);
    return true;
  }

  /** Fault injection: every sandbox (or one) disappears now, before its timeout. */
  expire(id?: string): number {
    const ids = id ? [id] : [...this.sandboxes.keys()];
    return ids.filter((one) => this.kill(one)).length;
  }

  list(): StandInSandbox[] {
    return [...this.sandboxes.values()];
  }

  killAll(): void {
    this.expire();
  }
}
