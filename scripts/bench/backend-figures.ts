import OpenAI from "openai";
import { clearFaults, clearRequests, receivedRequests, setFault } from "../harness/llm-server/control";
import { benchBackend } from "./bench-backend";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * P2 and P3 on the local backend (our convex/ functions on the convex-test
 * engine) against the local LLM server: counted transactions and timings of
 * our own stack, in-process, so they exclude network latency to the cloud.
 */
export async function backendFigures() {
  const { llm, engine, calls, user } = await benchBackend("bench", "enterprise");

  async function send(content: string) {
    const started = performance.now();
    const sent = await engine.run("mutation", "chat/send:send", { content }, user);
    if (!sent.ok) throw new Error(sent.message);
    const sendMs = performance.now() - started;
    const messageId = (sent.value as { assistantMessageId: string }).assistantMessageId;
    for (let i = 0; i < 400; i++) {
      const done = calls.some((c) => c.path === "chat/ending:finish");
      if (done) break;
      await sleep(10);
    }
    return { sendMs, messageId };
  }

  // P2: transactions between the send and the provider call, and the send's own time.
  await clearRequests(llm.url);
  calls.length = 0;
  const sendStart = Date.now();
  await send("benchmark: how many transactions?");
  const providerAt = Date.parse((await receivedRequests(llm.url))[0]?.at ?? "");
  const before = calls.filter((c) => c.kind !== "action" && c.at >= sendStart && c.at <= providerAt);
  const sendTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    calls.length = 0;
    sendTimes.push((await send(`warm send ${i}`)).sendMs);
  }

  // P3: writes per second while streaming, and time to first token through us vs the server alone.
  await setFault(llm.url, { fault: { firstTokenDelayMs: 150, tokenDelayMs: 60 } });
  calls.length = 0;
  const t0 = Date.now();
  await send("benchmark: stream slowly");
  const writes = calls.filter((c) => c.path === "chat/reply-state:saveProgress");
  const end = calls.find((c) => c.path === "chat/ending:finish")?.at ?? Date.now();
  const streamingSeconds = (end - (writes[0]?.at ?? end)) / 1000;
  const ourTtftMs = (writes[0]?.at ?? NaN) - t0;
  const directTtftMs = await directTtft(llm.url);
  await clearFaults(llm.url);
  await llm.close();

  return {
    transactionsBeforeProvider: before.length,
    transactionNames: before.map((c) => c.path),
    sendMutationMedianMs: median(sendTimes),
    writesPerSecond: writes.length / Math.max(streamingSeconds, 0.001),
    writes: writes.length,
    streamingSeconds,
    ttftRatio: ourTtftMs / directTtftMs,
    ourTtftMs,
    directTtftMs,
  };
}

async function directTtft(url: string) {
  const client = new OpenAI({ apiKey: "bench", baseURL: `${url}/openrouter/api/v1`, maxRetries: 0 });
  const started = Date.now();
  const stream = await client.chat.completions.create({
    model: "qwen/qwen3-coder:free",
    messages: [{ role: "user", content: "hi" }],
    stream: true,
  });
  for await (const chunk of stream) if (chunk.choices[0]?.delta?.content) break;
  return Date.now() - started;
}
