import type { ServerResponse } from "node:http";
import type { CompletionPlan } from "./completion.ts";
import { pause } from "./pause.ts";
import type { Fault } from "./types.ts";

function chunk(plan: CompletionPlan, choices: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: plan.id, object: "chat.completion.chunk", created: plan.created, model: plan.model, choices, ...extra };
}

/** The chunk carrying token `index`: the first names the role, the last the finish reason. */
function tokenChunk(plan: CompletionPlan, index: number): Record<string, unknown> {
  const isFirst = index === 0;
  const isLast = index === plan.tokens.length - 1;
  const delta = isFirst ? { role: "assistant", content: plan.tokens[index] } : { content: plan.tokens[index] };
  const choice = { index: 0, delta, logprobs: null, finish_reason: isLast ? plan.finishReason : null };
  // Real Groq sends its request id on the first chunk and usage in x_groq on the finishing one.
  const groqExtra =
    plan.provider !== "groq"
      ? undefined
      : isLast
        ? { id: `req_${plan.id}`, usage: plan.usage }
        : isFirst
          ? { id: `req_${plan.id}` }
          : undefined;
  return chunk(plan, [choice], groqExtra ? { x_groq: groqExtra } : {});
}

/** Resolves once the event has been handed to the socket, so a later drop cannot discard it. */
function writeData(res: ServerResponse, data: string): Promise<void> {
  return new Promise((resolve) => res.write(`data: ${data}\n\n`, () => resolve()));
}

/**
 * Applies a fault's mid-stream failure once `emitted` tokens have gone out.
 * Returns true when the stream has been cut short.
 */
async function failedAfter(res: ServerResponse, fault: Fault, emitted: number): Promise<boolean> {
  if (fault.malformedAfterTokens === emitted) {
    await writeData(
      res,
      `{"id":"broken","object":"chat.completion.chunk","choices":[{"delta":{"content":"unterminated`,
    );
    res.end();
    return true;
  }
  if (fault.dropAfterTokens === emitted) {
    res.socket?.destroy();
    return true;
  }
  return false;
}

/** Streams the plan as server-sent events, pacing and breaking it as the fault says; `onEmit` hears how many tokens went out. */
export async function streamCompletion(
  res: ServerResponse,
  plan: CompletionPlan,
  fault: Fault,
  signal: AbortSignal,
  onEmit: (emitted: number) => void = () => {},
): Promise<void> {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    "x-request-id": plan.id,
  });
  // Send headers now so the SDK's create() resolves and a first-token delay shows up while iterating.
  res.flushHeaders();
  for (let index = 0; index < plan.tokens.length; index++) {
    const delay = index === 0 ? (fault.firstTokenDelayMs ?? 0) : (fault.tokenDelayMs ?? 0);
    if (!(await pause(delay, signal))) return;
    if (await failedAfter(res, fault, index)) return;
    await writeData(res, JSON.stringify(tokenChunk(plan, index)));
    onEmit(index + 1);
  }
  if (await failedAfter(res, fault, plan.tokens.length)) return;
  if (plan.includeUsageChunk) await writeData(res, JSON.stringify(chunk(plan, [], { usage: plan.usage })));
  await writeData(res, "[DONE]");
  res.end();
}
