import { describe, expect, it } from "vitest";
import { DEFAULT_RESILIENCE_CONFIG, resolveResilienceConfig } from "./config";
import { ResilienceConfigError } from "./env-value";

describe("DEFAULT_RESILIENCE_CONFIG", () => {
  it("holds the agreed defaults", () => {
    const d = DEFAULT_RESILIENCE_CONFIG;
    expect(d.retry).toEqual({ maxRetries: 3, baseDelayMs: 500, maxDelayMs: 8_000, retryAfterCapMs: 20_000 });
    expect(d.breaker.failureThreshold).toBe(5);
    expect(d.breaker.openDurationMs).toBe(60_000);
    expect(d.timeouts).toEqual({ connectMs: 10_000, firstTokenMs: 20_000, totalMs: 120_000 });
    expect(d.queue.maxQueued).toBe(100);
    expect(d.budget.requestsPerMinute).toEqual({ groq: 30, openrouter: 20 });
    expect(d.keys).toEqual({ dailyQuota: { groq: 14_400, openrouter: 1_000 }, alertFraction: 0.9 });
    expect(d.failoverChain).toEqual([
      { provider: "groq", model: "openai/gpt-oss-20b" },
      { provider: "openrouter", model: "qwen/qwen3-coder:free" },
    ]);
  });

  it("is plain JSON data (storable in a Convex document)", () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_RESILIENCE_CONFIG))).toEqual(DEFAULT_RESILIENCE_CONFIG);
  });
});

describe("resolveResilienceConfig", () => {
  it("returns the defaults for an empty or blank env", () => {
    expect(resolveResilienceConfig({})).toEqual(DEFAULT_RESILIENCE_CONFIG);
    expect(resolveResilienceConfig({ LLM_MAX_RETRIES: " ", LLM_FAILOVER_CHAIN: "" })).toEqual(
      DEFAULT_RESILIENCE_CONFIG,
    );
  });

  it("applies overrides and leaves everything else alone", () => {
    const config = resolveResilienceConfig({
      LLM_MAX_RETRIES: "0",
      LLM_FIRST_TOKEN_TIMEOUT_MS: "15000",
      LLM_QUEUE_MAX: "0",
      LLM_GROQ_RPM: "25",
      LLM_OPENROUTER_DAILY_QUOTA: "50",
      LLM_KEY_ALERT_FRACTION: "0.8",
      LLM_FAILOVER_CHAIN: "openrouter:qwen/qwen3-coder:free",
    });
    expect(config.retry.maxRetries).toBe(0);
    expect(config.timeouts.firstTokenMs).toBe(15_000);
    expect(config.queue.maxQueued).toBe(0);
    expect(config.budget.requestsPerMinute).toEqual({ groq: 25, openrouter: 20 });
    expect(config.keys.dailyQuota).toEqual({ groq: 14_400, openrouter: 50 });
    expect(config.keys.alertFraction).toBe(0.8);
    expect(config.failoverChain).toEqual([{ provider: "openrouter", model: "qwen/qwen3-coder:free" }]);
    expect(config.retry.baseDelayMs).toBe(DEFAULT_RESILIENCE_CONFIG.retry.baseDelayMs);
    expect(config.breaker).toEqual(DEFAULT_RESILIENCE_CONFIG.breaker);
  });

  it("layers overrides on a custom base", () => {
    const base = { ...DEFAULT_RESILIENCE_CONFIG, queue: { maxQueued: 7 } };
    expect(resolveResilienceConfig({}, base).queue.maxQueued).toBe(7);
  });

  it.each([
    ["LLM_MAX_RETRIES", "-1"],
    ["LLM_MAX_RETRIES", "11"],
    ["LLM_MAX_RETRIES", "three"],
    ["LLM_FIRST_TOKEN_TIMEOUT_MS", "20s"],
    ["LLM_QUEUE_MAX", "1.5"],
    ["LLM_BREAKER_FAILURE_THRESHOLD", "0"],
    ["LLM_GROQ_RPM", "0"],
    ["LLM_KEY_ALERT_FRACTION", "1.5"],
    ["LLM_FAILOVER_CHAIN", "anthropic:claude"],
  ])("rejects %s=%j with an error naming the variable", (variable, value) => {
    const attempt = () => resolveResilienceConfig({ [variable]: value });
    expect(attempt).toThrowError(ResilienceConfigError);
    expect(attempt).toThrowError(new RegExp(`^${variable} `));
  });

  it("rejects a base delay above the max delay", () => {
    expect(() => resolveResilienceConfig({ LLM_RETRY_BASE_DELAY_MS: "9000" })).toThrowError(
      "LLM_RETRY_BASE_DELAY_MS (9000) must not exceed LLM_RETRY_MAX_DELAY_MS (8000)",
    );
  });

  it("rejects timeouts longer than the total timeout", () => {
    expect(() => resolveResilienceConfig({ LLM_TOTAL_TIMEOUT_MS: "15000" })).toThrowError(
      /^LLM_FIRST_TOKEN_TIMEOUT_MS \(20000\)/,
    );
    expect(() => resolveResilienceConfig({ LLM_CONNECT_TIMEOUT_MS: "130000" })).toThrowError(
      /^LLM_CONNECT_TIMEOUT_MS /,
    );
  });
});
