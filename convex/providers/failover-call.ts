import type { ChargedCall } from "../../rules/pricing";
import { countTokens } from "../lib/token-count";
import { hasRetriesLeft, retryDelayMs } from "./resilience/backoff";
import { classifyThrown } from "./resilience/classify-thrown";
import type { ResilienceConfig } from "./resilience/config";
import type { FailoverTarget } from "./resilience/failover-chain";
import type { ProviderName } from "./resilience/provider-name";
import { parseRetryAfter } from "./resilience/retry-after";
import type { ChatTurn, ProviderStream } from "./seam";
import { timedStream } from "./timed-stream";

export type Attempt = {
  provider: string;
  model: string;
  keyId?: string;
  status?: number;
  latencyMs: number;
  errorClass?: string;
};
export type Usage = { promptTokens: number; completionTokens: number; estimated: boolean };
export type ReplyOutcome =
  | { kind: "done"; text: string; usage: Usage; target: FailoverTarget; attempts: Attempt[]; firstTokenAt?: number }
  | { kind: "stopped"; attempts: Attempt[] }
  | { kind: "failed"; reason: string; attempts: Attempt[] };

const MAX_KEY_SWAPS = 5;

/** A provider call may go ahead with this key, or the provider is unavailable right now. */
export type Admission = { apiKey: string; keyId: string; baseURL?: string } | { unavailable: string };
export type CallReport = {
  provider: ProviderName;
  keyId: string;
  ok: boolean;
  errorClass?: string;
  markKeyBad?: boolean;
  breakerFailure?: boolean;
};

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
  /** Every provider call that produced anything, as it ends: each is paid for, whatever the reply's outcome. */
  onCharge: (call: ChargedCall) => void;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
};

/**
 * Walks the failover chain: per provider, retries transient failures with
 * backoff (never once tokens have streamed), then fails over — also when a
 * stream breaks mid-way, in which case the next provider's reply replaces
 * the partial text. Every call is recorded as an attempt, and every call
 * that produced anything is reported to `onCharge` (a broken stream's
 * tokens were billed by the provider even though the reply was not).
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
      await deps.report({
        provider: target.provider,
        keyId: admission.keyId,
        ok: false,
        errorClass: failure.errorClass,
        markKeyBad: failure.markKeyBad,
        breakerFailure: failure.breakerFailure,
      });
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

// Chat formats wrap each message in a few tokens of their own (OpenAI's
// cookbook: 3 per message, 3 to prime the reply).
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PRIMING_REPLY = 3;

/** `countTokens` (bounded time for any text: long runs are counted in slices): what billing estimates use. */
export function estimateTokens(text: string): number {
  return countTokens(text);
}

/** The prompt's tokens as a provider would count them, when it reported none. */
export function estimatePromptTokens(turns: readonly ChatTurn[]): number {
  return turns.reduce((sum, turn) => sum + estimateTokens(turn.content) + TOKENS_PER_MESSAGE, TOKENS_PRIMING_REPLY);
}

async function callOnce(
  deps: ReplyDeps,
  target: FailoverTarget,
  admission: Extract<Admission, { apiKey: string }>,
): Promise<CallResult> {
  let text = "";
  let usage: Omit<Usage, "estimated"> | undefined;
  let firstTokenAt: number | undefined;
  let produced = false;
  // Reported once the call ends, whichever way: what the provider produced is billed.
  const charge = (): Usage => {
    const final = usage
      ? { ...usage, estimated: false }
      : { promptTokens: estimatePromptTokens(deps.turns), completionTokens: estimateTokens(text), estimated: true };
    if (produced) deps.onCharge({ provider: target.provider, model: target.model, usage: final });
    return final;
  };
  try {
    const request = {
      model: target.model,
      messages: deps.turns,
      maxTokens: deps.maxTokens,
      apiKey: admission.apiKey,
      baseURL: admission.baseURL,
    };
    for await (const event of timedStream(
      deps.streamFor(target.provider),
      request,
      deps.config.timeouts,
      deps.signal,
    )) {
      produced = true;
      if (event.type === "usage")
        usage = { promptTokens: event.promptTokens, completionTokens: event.completionTokens };
      else {
        firstTokenAt ??= deps.now();
        text += event.text;
        if ((await deps.onText(text, target)) === "stop") {
          charge();
          return { kind: "stopped" };
        }
      }
    }
  } catch (error) {
    // Nothing arrived (refused with a status, no first token): nothing was produced for us to pay.
    charge();
    return { kind: "error", error, streamed: text.length > 0 };
  }
  // Providers normally report usage; when one does not, estimate (with a real tokenizer) and say so.
  return { kind: "done", text, usage: charge(), firstTokenAt };
}

function reasonFor(attempts: Attempt[]): string {
  const last = attempts.at(-1);
  const tried = [...new Set(attempts.map((a) => a.provider))].join(" and ");
  if (!last) return "No AI provider is configured.";
  if (last.errorClass === "not_configured") return "No AI provider is configured for this deployment.";
  return `Every AI provider failed (${tried}; last error: ${last.errorClass ?? "unknown"}). Your message is saved — retry in a moment.`;
}
