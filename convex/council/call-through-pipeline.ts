import { generateReply, type ReplyDeps } from "../providers/failover-call";
import { isProviderName } from "../providers/resilience/provider-name";
import type { CallOutcome, CallUsage, CouncilDeps } from "./run-council";

/** What billing's `generateReply` reports for every provider call that produced anything (its `onCharge`). */
type Charge = { provider: string; model: string; usage: CallUsage };
type PipelineBase = Omit<ReplyDeps, "turns" | "onText" | "signal" | "onCharge" | "config"> & {
  config: ReplyDeps["config"];
};

/**
 * Each council call through the existing resilience pipeline (retries with
 * backoff, breaker, provider budget, key pool): `generateReply` with a
 * failover chain of just the call's own model — a member answers as itself
 * or not at all; the chairman's fallback is runCouncil's, to the next model
 * in the catalogue. `base` is what the action already builds for a reply.
 * The call's usage is the sum of every charged provider call (a retried
 * stream that broke, a stopped one), so stopped and failed calls pay too.
 */
export function callThroughPipeline(base: PipelineBase): CouncilDeps["callModel"] {
  return async (call, turns, onText, signal): Promise<CallOutcome> => {
    const { provider, model } = call.target;
    if (!isProviderName(provider)) return { kind: "failed", reason: `unknown provider ${provider}` };
    const charges: Charge[] = [];
    // Asserted, not checked: `onCharge` is billing's per-attempt report (absent before its merge).
    const outcome = await generateReply({
      ...base,
      config: { ...base.config, failoverChain: [{ provider, model }] },
      turns,
      signal,
      onText: async (text: string) => {
        await onText(text);
        return signal.aborted ? "stop" : "continue";
      },
      onCharge: (charge: Charge) => void charges.push(charge),
    } as ReplyDeps);
    const usage = charges.length > 0 ? sumUsage(charges) : outcome.kind === "done" ? outcome.usage : undefined;
    if (outcome.kind === "done") return { kind: "done", text: outcome.text, usage: usage!, target: outcome.target };
    if (outcome.kind === "stopped") return { kind: "stopped", usage };
    return { kind: "failed", reason: outcome.reason, usage };
  };
}

function sumUsage(charges: readonly Charge[]): CallUsage {
  return charges.reduce<CallUsage>(
    (sum, { usage }) => ({
      promptTokens: sum.promptTokens + usage.promptTokens,
      completionTokens: sum.completionTokens + usage.completionTokens,
      estimated: sum.estimated || usage.estimated,
    }),
    { promptTokens: 0, completionTokens: 0, estimated: false },
  );
}
