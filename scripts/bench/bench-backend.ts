import { startLlmServer } from "../harness/llm-server/server";
import { createEngine } from "../harness/local-backend/engine";
import type { FunctionCall } from "../harness/local-backend/modules";

type TimedCall = FunctionCall & { at: number };

/**
 * Our convex/ functions on the convex-test engine, in-process, against a
 * fresh local LLM server, with every function call recorded (`calls`, with
 * its time) and one signed-in user of `tier`. Shared by the backend figures.
 */
export async function benchBackend(subject: string, tier: "free" | "pro" | "enterprise") {
  const llm = await startLlmServer();
  const issuer = "http://127.0.0.1:9"; // loopback: the only dev issuer the backend honours
  Object.assign(process.env, {
    DEV_AUTH_ISSUER: issuer,
    GROQ_API_KEY: "bench-groq-key",
    OPENROUTER_API_KEY: "bench-openrouter-key",
    GROQ_BASE_URL: `${llm.url}/groq`,
    OPENROUTER_BASE_URL: `${llm.url}/openrouter/api/v1`,
  });
  const calls: TimedCall[] = [];
  const engine = await createEngine("convex", (call) => calls.push({ ...call, at: Date.now() }));
  const user = {
    tokenIdentifier: `${issuer}|${subject}`,
    subject,
    issuer,
    name: "Bench",
    email: `${subject}@bench.local`,
    dev_tier: tier,
  };
  await engine.run("mutation", "users/me:ensure", {}, user);
  return { llm, engine, calls, user };
}
