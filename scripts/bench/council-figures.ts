import OpenAI from "openai";
import { chairmanPrompt, rankingPrompt, type LabelledAnswer } from "../../rules/council-prompts";
import { DEFAULT_COUNCIL, type CouncilModel } from "../../rules/council";
import { clearFaults, setFault } from "../harness/llm-server/control";
import { benchBackend } from "./bench-backend";

type RunShown = {
  status: string;
  members: { answer: string; model: CouncilModel | null }[];
  labels: { label: string; member: number }[] | null;
  aggregate: { label: string; meanRank: number | null; votes: number }[] | null;
  chairman: CouncilModel | null;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Each model streams at its own pace (the LLM server's latency injection), so
// a council run one stage after another, members in parallel, takes about the
// slowest answer + the slowest review + the chairman; members one after
// another would take about the sum of them.
const FIRST_TOKEN_MS = 80;
const TOKEN_MS: Record<string, number> = {
  "openai/gpt-oss-20b": 8,
  "qwen/qwen3-coder:free": 20,
  "llama-3.3-70b-versatile": 32,
  "openai/gpt-oss-120b": 12,
};
const QUESTION = "benchmark: which database should I use?";

/**
 * A council on the local backend (our convex/ functions on the convex-test
 * engine) against the local LLM server: its wall time from the send to the
 * settled reply, ÷ (slowest stage-1 call + slowest stage-2 call + chairman),
 * each of those timed alone against the LLM server with the same prompts and
 * latency; and the database writes per second while it runs.
 */
export async function councilFigures() {
  const { llm, engine, calls, user } = await benchBackend("council-bench", "pro");

  /** One council from the send to the settled reply (each in its own conversation). */
  async function convene(content: string) {
    calls.length = 0;
    const started = Date.now();
    const sent = await engine.run("mutation", "chat/send:send", { content, council: {} }, user);
    if (!sent.ok) throw new Error(sent.message);
    const messageId = (sent.value as { assistantMessageId: string }).assistantMessageId;
    for (let i = 0; i < 6000 && !calls.some((c) => c.path === "chat/ending:finish"); i++) await sleep(5);
    const ended = calls.find((c) => c.path === "chat/ending:finish")?.at ?? NaN;
    const shown = await engine.run("query", "council/runs:forMessage", { messageId }, user);
    if (!shown.ok) throw new Error(shown.message);
    const run = shown.value as RunShown;
    if (run.status !== "done") throw new Error(`the bench council ended ${run.status}`);
    return { started, ended, run };
  }

  // A first council loads the modules and SDKs (what P2's warm sends do too); the second is measured.
  await convene("benchmark: warm up");
  for (const [model, tokenDelayMs] of Object.entries(TOKEN_MS))
    await setFault(llm.url, { model, fault: { firstTokenDelayMs: FIRST_TOKEN_MS, tokenDelayMs } });
  const { started, ended, run } = await convene(QUESTION);
  const ideal = await idealStages(llm.url, run);
  const during = calls.filter((c) => c.kind === "mutation" && c.at >= started && c.at <= ended);
  const progress = during.filter((c) => c.path === "council/progress:applyEvents");
  const seconds = (ended - started) / 1000;
  await clearFaults(llm.url);
  await llm.close();
  return {
    wallMs: ended - started,
    idealMs: ideal.answerMs + ideal.reviewMs + ideal.chairMs,
    stages: ideal,
    ratio: (ended - started) / (ideal.answerMs + ideal.reviewMs + ideal.chairMs),
    progressWritesPerSecond: progress.length / seconds,
    progressWrites: progress.length,
    writesPerSecond: during.length / seconds,
    writes: during.length,
    seconds,
  };
}

/** The slowest call of each stage, each timed alone against the LLM server with the prompts the council used. */
async function idealStages(url: string, run: RunShown) {
  const labelled: LabelledAnswer[] = (run.labels ?? []).map(({ label, member }) => ({
    label,
    text: run.members[member]!.answer,
  }));
  const system = { role: "system" as const, content: "You are a helpful assistant." }; // the demo reply depends on the turn count, not the system text
  const ask = (content: string) => [system, { role: "user" as const, content }];
  const members = DEFAULT_COUNCIL.members;
  const chairman = run.chairman ?? DEFAULT_COUNCIL.chairman;
  const slowest = async (models: readonly CouncilModel[], content: string) => {
    let max = 0;
    for (const model of models) max = Math.max(max, await timedCall(url, model, ask(content)));
    return max;
  };
  return {
    answerMs: await slowest(members, QUESTION),
    reviewMs: await slowest(members, rankingPrompt(QUESTION, labelled)),
    chairMs: await slowest([chairman], chairmanPrompt(QUESTION, labelled, run.aggregate ?? [])),
  };
}

async function timedCall(url: string, target: CouncilModel, messages: { role: "system" | "user"; content: string }[]) {
  const baseURL = target.provider === "groq" ? `${url}/groq/openai/v1` : `${url}/openrouter/api/v1`;
  const client = new OpenAI({ apiKey: "bench", baseURL, maxRetries: 0 });
  const started = Date.now();
  const stream = await client.chat.completions.create({
    model: target.model,
    messages,
    stream: true,
    max_tokens: 4096,
  });
  for await (const chunk of stream) void chunk;
  return Date.now() - started;
}
