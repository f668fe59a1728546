// Bench stacks on their own ports, moved by E2E_PORT_OFFSET like the e2e
// stack, so several people on one machine can bench and test at once.
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;
const SUFFIX = OFFSET ? `-${OFFSET}` : "";

/** Four consecutive ports from `base` (backend, issuer, LLM) and `app` for `vite preview`, plus a build dir. */
export function benchStack(base: number, app: number, name: string) {
  return {
    ports: { backend: base + OFFSET, issuer: base + 1 + OFFSET, llm: base + 2 + OFFSET, app: app + OFFSET },
    buildDir: `${name}${SUFFIX}`,
  };
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
