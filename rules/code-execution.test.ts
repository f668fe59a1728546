import { describe, expect, it } from "vitest";
import {
  DEFAULT_RUN_TIMEOUT_MS,
  MAX_RUN_TIMEOUT_MS,
  runChargeMicros,
  runHoldMicros,
  runLanguageOf,
  runTimeoutMs,
  sandboxCostMicros,
} from "./code-execution";
import { userMessageFor } from "./errors";

describe("runLanguageOf", () => {
  it("maps fence tags (any case, with extra info) to E2B languages", () => {
    expect(runLanguageOf("python")).toBe("python");
    expect(runLanguageOf("Py {title=x}")).toBe("python");
    expect(runLanguageOf("js")).toBe("javascript");
    expect(runLanguageOf("ts")).toBe("typescript");
  });
  it("runs nothing else, including prototype names", () => {
    for (const tag of ["bash", "", undefined, "constructor", "__proto__", "toString"])
      expect(runLanguageOf(tag)).toBeNull();
  });
});

describe("runTimeoutMs", () => {
  it("never 0 or negative (E2B's 0 means no timeout): falls back to the default", () => {
    for (const raw of ["0", "-5", "abc", "", undefined, "1.5"]) expect(runTimeoutMs(raw)).toBe(DEFAULT_RUN_TIMEOUT_MS);
  });
  it("takes a positive value and caps it", () => {
    expect(runTimeoutMs("2500")).toBe(2500);
    expect(runTimeoutMs("999999999")).toBe(MAX_RUN_TIMEOUT_MS);
  });
});

describe("sandbox pricing", () => {
  it("is 30.25 µ$ a second for 2 vCPU + 512 MiB, rounded up", () => {
    expect(sandboxCostMicros(1000)).toBe(31);
    expect(sandboxCostMicros(4000)).toBe(121);
    expect(sandboxCostMicros(1)).toBe(1);
    expect(sandboxCostMicros(0)).toBe(0);
  });
  it("holds timeout + keep-alive + start allowance", () => {
    expect(runHoldMicros(30_000)).toBe(sandboxCostMicros(160_000));
  });
  it("charges only sandbox time not already paid for by an earlier run", () => {
    expect(runChargeMicros({ startedAt: 1000, paidUntil: 0, aliveUntil: 5000 })).toBe(sandboxCostMicros(4000));
    expect(runChargeMicros({ startedAt: 1000, paidUntil: 4000, aliveUntil: 5000 })).toBe(sandboxCostMicros(1000));
    expect(runChargeMicros({ startedAt: 1000, paidUntil: 9000, aliveUntil: 5000 })).toBe(0);
  });
});

describe("code execution error messages", () => {
  it("say which limit and when it lifts", () => {
    expect(userMessageFor({ code: "code_execution_rate_limited", limit: 3, retryAfterMs: 20_000 }, 0)).toBe(
      "You've hit your limit of 3 code runs a minute. Try again in 20 s.",
    );
    expect(userMessageFor({ code: "code_execution_quota", limit: 20 }, 0)).toMatch(/today's 20 code runs/);
  });
});
