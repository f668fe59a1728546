import { clearFaults, setFault, type FaultRule } from "../../scripts/harness/llm-server/control";
import { stackUrls } from "./stack-config";

// Fault rules live in the LLM server and outlast a test: every spec that sets
// one clears them afterwards (test.afterEach(clearLlmFaults)).

export async function addLlmFault(rule: FaultRule): Promise<void> {
  await setFault(stackUrls().llm, rule);
}

export async function clearLlmFaults(): Promise<void> {
  await clearFaults(stackUrls().llm);
}
