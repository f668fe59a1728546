import { estimateTokens } from "../../rules/pricing";
import { hasRetriesLeft, retryDelayMs } from "./resilience/backoff";
import { classifyThrown } from "./resilience/classify-thrown";
import type { ResilienceConfig } from "./resilience/config";
import type { FailoverTarget } from "./resilience/failover-chain";
import type { ProviderName } from "./resilience/provider-name";
import { parseRetryAfter } from "./resilience/retry-after";
import type { ChatTurn, ProviderStream } from "./seam";
import { timedStream } from "./timed-stream";

export type Attempt = { provider: string; model: string; keyId?: string; status?: number; latencyMs: number; errorClass?: string };
export type Usage = { promptTokens: number; completionTokens: number; estimated: boolean };
export type ReplyOutcome =
  | { kind: "done"; text: string; usage: Usage; target: FailoverTarget; attempts: Attempt[]; firstTokenAt?: number }
  | { kind: "stopped"; attempts: Attempt[] }
  | { kind: "failed"; reason: string; attempts: Attempt[] };

const MAX_KEY_SWAPS = 5;

/** A provider call may go ahead with this key, or the provider is unavailable right now. */
export type Admission = { apiKey: string; keyId: string; baseURL?: string } | { unavailable: string };
export type CallReport = { provider: ProviderName; keyId: string; ok: boolean; errorClass?: string; markKeyBad?: boolean; breakerFailure?: boolean };

export type ReplyDeps = {
  config: ResilienceConfig;
  turns: ChatTurn[];
  maxTokens: number;
  streamFor: (provider: ProviderName) => ProviderStream;
  /** Breaker, provider budget and key pool decide; state lives in the database. */
  admit: (provider: ProviderName) => Promise<Admission>;
  report: (report: CallReport) => Promise<void>;
  /** Receives the reply so far (batched by the caller); "stop" when the user stopped it. */
  onText: (text: string, target: FailoverTarget) => Promise<"continue" | "stop">;
  signal: AbortSignal;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
};

/**
 * Walks the failover chain: per provider, retries transient failures with
 * backoff (never once tokens have streamed), then fails over — also when a
 * stream breaks mid-way, in which case the next provider's reply replaces
 * the partial text. Every call is recorded as an attempt.
 */
export async function generateReply(deps: ReplyDeps): Promise<ReplyOutcome> {
  const attempts: Attempt[] = [];
  for (const target of deps.config.failoverChain) {
    let keySwaps = 0;
    for (let retry = 0; ; retry++) {
      const admission = await deps.admit(target.provider);
      if ("unavailable" in admission) {
        attempts.push({ ...target, latencyMs: 0, errorClass: admission.unavailable });
        break;
      }
      const started = deps.now();
      const result = await callOnce(deps, target, admission);
      const attempt: Attempt = { ...target, keyId: admission.keyId, latencyMs: deps.now() - started };
      if (result.kind === "stopped") return { kind: "stopped", attempts: [...attempts, attempt] };
      if (result.kind === "done") {
        await deps.report({ provider: target.provider, keyId: admission.keyId, ok: true });
        return { ...result, target, attempts: [...attempts, attempt] };
      }
      const failure = classifyThrown(result.error);
      attempts.push({ ...attempt, status: failure.status, errorClass: failure.errorClass });
      await deps.report({ provider: target.provider, keyId: admission.keyId, ok: false, errorClass: failure.errorClass, markKeyBad: failure.markKeyBad, breakerFailure: failure.breakerFailure });
      if (failure.errorClass === "aborted") return { kind: "stopped", attempts };
      // A rejected key is marked bad; the provider's next key may still work.
      if (failure.markKeyBad && keySwaps++ < MAX_KEY_SWAPS) continue;
      if (failure.retryable && !result.streamed && hasRetriesLeft(retry, deps.config.retry)) {
        const retryAfterMs = parseRetryAfter(failure.retryAfterHeader, deps.now());
        await deps.sleep(retryDelayMs({ attempt: retry, cfg: deps.config.retry, random: deps.random, retryAfterMs }));
        continue;
      }
      if (!failure.failover) return { kind: "failed", reason: reasonFor(attempts), attempts };
      break;
    }
  }
  return { kind: "failed", reason: reasonFor(attempts), attempts };
}

type CallResult =
  | { kind: "done"; text: string; usage: Usage; firstTokenAt?: number }
  | { kind: "stopped" }
  | { kind: "error"; error: unknown; streamed: boolean };

async function callOnce(deps: ReplyDeps, target: FailoverTarget, admission: Extract<Admission, { apiKey: string }>): Promise<CallResult> {
  let text = "";
  let usage: Omit<Usage, "estimated"> | undefined;
  let firstTokenAt: number | undefined;
  try {
    const request = { model: target.model, messages: deps.turns, maxTokens: deps.maxTokens, apiKey: admission.apiKey, baseURL: admission.baseURL };
    for await (const event of timedStream(deps.streamFor(target.provider), request, deps.config.timeouts, deps.signal)) {
      if (event.type === "usage") usage = { promptTokens: event.promptTokens, completionTokens: event.completionTokens };
      else {
        firstTokenAt ??= deps.now();
        text += event.text;
        if ((await deps.onText(text, target)) === "stop") return { kind: "stopped" };
      }
    }
  } catch (error) {
    return { kind: "error", error, streamed: text.length > 0 };
  }
  // Providers normally report usage; when one does not, estimate and say so.
  const finalUsage = usage
    ? { ...usage, estimated: false }
    : { promptTokens: estimateTokens(deps.turns.map((t) => t.content).join("")), completionTokens: estimateTokens(text), estimated: true };
  return { kind: "done", text, usage: finalUsage, firstTokenAt };
}

function reasonFor(attempts: Attempt[]): string {
  const last = attempts.at(-1);
  const tried = [...new Set(attempts.map((a) => a.provider))].join(" and ");
  if (!last) return "No AI provider is configured.";
  if (last.errorClass === "not_configured") return "No AI provider is configured for this deployment.";
  return `Every AI provider failed (${tried}; last error: ${last.errorClass ?? "unknown"}). Your message is saved — retry in a moment.`;
}
