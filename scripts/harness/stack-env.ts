/**
 * Convex env of the offline stack that e2e and the benchmarks start (set as
 * any deployment may set them): a short breaker open period, so a test can
 * watch a breaker open and close again; a 3 s code-run timeout, so an
 * infinite loop stops quickly.
 */
export const STACK_ENV = { LLM_BREAKER_OPEN_MS: "8000", E2B_RUN_TIMEOUT_MS: "3000" } as const;
