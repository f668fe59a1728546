import { resolveResilienceConfig } from "./resilience/config";

/** The resilience settings of this deployment: defaults plus LLM_* Convex env overrides. */
export function resilienceConfig() {
  return resolveResilienceConfig(process.env);
}
