import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CHAIRMAN_PROMPT_MARKER, RANKING_PROMPT_MARKER } from "../../rules/council-prompts";
import { clearFaults, clearRequests, receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import { startLlmServer, type RunningLlmServer } from "../../scripts/harness/llm-server/server";
import { DEFAULT_RESILIENCE_CONFIG } from "../providers/resilience/config";
import { streamFor } from "../providers/seam";
import { callThroughPipeline } from "./call-through-pipeline";
import { runCouncil, type CouncilEvent } from "./run-council";

// runCouncil → generateReply → the real SDKs → the offline LLM server, with
// faults aimed at one member, one stage or the chairman.
let llm: RunningLlmServer;
beforeAll(async () => void (llm = await startLlmServer({ port: 0 })));
afterAll(() => llm.close());
beforeEach(async () => {
  await clearFaults(llm.url);
  await clearRequests(llm.url);
});

const members = [
  { provider: "groq", model: "member-a" },
  { provider: "openrouter", model: "member-b" },
  { provider: "groq", model: "member-c" },
];
const chairmen = [
  { provider: "groq", model: "chair-1" },
  { provider: "openrouter", model: "chair-2" },
];

async function convene(stopper = new AbortController()) {
  const events: CouncilEvent[] = [];
  const base = `${llm.url}`;
  const callModel = callThroughPipeline({
    config: {
      ...DEFAULT_RESILIENCE_CONFIG,
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2, retryAfterCapMs: 5 },
    },
    maxTokens: 500,
    streamFor,
    admit: async (provider) => ({
      apiKey: "test-key",
      keyId: "k1",
      baseURL: provider === "groq" ? `${base}/groq` : `${base}/openrouter/api/v1`,
    }),
    report: async () => {},
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => 0.5,
  });
  const result = await runCouncil({
    members,
    chairmen,
    turns: [{ role: "user", content: "Tabs or spaces?" }],
    signal: stopper.signal,
    random: Math.random,
    onEvent: async (event) => void events.push(event),
    callModel,
  });
  return { result, events };
}

describe("a council through the resilience pipeline and the real SDKs", { timeout: 20_000 }, () => {
  it("full flow: every call streamed by the offline server, usage from the provider", async () => {
    const { result, events } = await convene();
    expect(result).toMatchObject({ kind: "done", chairman: chairmen[0], text: expect.stringContaining("as chairman") });
    const usage = events.filter((e) => e.type === "usage");
    expect(usage).toHaveLength(7);
    expect(usage.every((e) => e.type === "usage" && !e.usage.estimated && e.usage.completionTokens > 0)).toBe(true);
  });

  it("a member down (after its retries) is dropped; no failover to another model answers for it", async () => {
    await setFault(llm.url, { model: "member-b", fault: { status: 500 } });
    const { result } = await convene();
    expect(result).toMatchObject({ kind: "done" });
    expect(Object.values(result.kind === "done" ? result.labelToMember : {}).sort()).toEqual([0, 2]);
    const forB = (await receivedRequests(llm.url)).filter((r) => r.model === "member-b");
    expect(forB).toHaveLength(2); // one try + one retry, answer stage only
  });

  it("a ranking fault: that review fails, the others still rank", async () => {
    await setFault(llm.url, { model: "member-a", promptIncludes: RANKING_PROMPT_MARKER, fault: { status: 400 } });
    const { result, events } = await convene();
    expect(result).toMatchObject({ kind: "done" });
    expect(events.filter((e) => e.type === "ranking")).toHaveLength(2);
    expect(result.kind === "done" && result.aggregate.every((e) => e.votes === 2)).toBe(true);
  });

  it("the chairman down: the next model takes over", async () => {
    await setFault(llm.url, { model: "chair-1", promptIncludes: CHAIRMAN_PROMPT_MARKER, fault: { status: 503 } });
    const { result } = await convene();
    expect(result).toMatchObject({ kind: "done", chairman: chairmen[1], text: expect.stringContaining("chair-2") });
  });

  it("a stream that ends with no content (empty choices) is a failed member, not a crash", async () => {
    await setFault(llm.url, { model: "member-c", fault: { dropAfterTokens: 0 } });
    const { result, events } = await convene();
    expect(result).toMatchObject({ kind: "done" });
    expect(events.some((e) => e.type === "call_failed" && e.call.member === 2)).toBe(true);
  });

  it("stop while members stream: every stage ends, nothing after starts", async () => {
    await setFault(llm.url, { fault: { tokenDelayMs: 50 } });
    const stopper = new AbortController();
    setTimeout(() => stopper.abort(), 300);
    const started = Date.now();
    const { result } = await convene(stopper);
    expect(result).toEqual({ kind: "stopped", stage: "answer" });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await receivedRequests(llm.url)).filter((r) => r.model === "chair-1")).toHaveLength(0);
  });
});
