import { generateReply, type ReplyDeps } from "../providers/generate-reply";
import { isProviderName } from "../providers/resilience/provider-name";
import type { CallOutcome, CouncilDeps } from "./run-council";

/**
 * Each council call through the existing resilience pipeline (retries with
 * backoff, breaker, provider budget, key pool): `generateReply` with a
 * failover chain of just the call's own model — a member answers as itself
 * or not at all; the chairman's fallback is runCouncil's, to the next model
 * in the catalogue. `base` is what the action already builds for a reply.
 */
export function callThroughPipeline(base: Omit<ReplyDeps, "turns" | "onText" | "signal">): CouncilDeps["callModel"] {
  return async (call, turns, onText, signal): Promise<CallOutcome> => {
    const { provider, model } = call.target;
    if (!isProviderName(provider)) return { kind: "failed", reason: `unknown provider ${provider}` };
    const outcome = await generateReply({
      ...base,
      config: { ...base.config, failoverChain: [{ provider, model }] },
      turns,
      signal,
      onText: async (text) => {
        await onText(text);
        return signal.aborted ? "stop" : "continue";
      },
    });
    if (outcome.kind === "done") return { kind: "done", text: outcome.text, usage: outcome.usage, target: outcome.target };
    if (outcome.kind === "stopped") return { kind: "stopped" };
    return { kind: "failed", reason: outcome.reason };
  };
}
