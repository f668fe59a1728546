import { codeReplyFor } from "./code-reply.ts";
import { councilReplyFor } from "./council-reply.ts";
import { docsReplyFor } from "./docs-reply.ts";
import { promptTokensOf, replyText, splitIntoTokens } from "./reply.ts";
import type { ChatRequest } from "./schemas.ts";

interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** Everything needed to answer one chat request, decided before any byte is sent. */
export interface CompletionPlan {
  id: string;
  created: number;
  model: string;
  provider: string;
  /** The tokens to emit, already cut to the request's token limit. */
  tokens: string[];
  finishReason: "stop" | "length";
  usage: Usage;
  /** The client asked for the OpenAI-style final usage chunk. */
  includeUsageChunk: boolean;
}

export function planCompletion(provider: string, request: ChatRequest, id: string): CompletionPlan {
  const allTokens = splitIntoTokens(
    codeReplyFor(request.messages) ??
      docsReplyFor(request.messages) ??
      councilReplyFor(request.model, request.messages) ??
      replyText(request.model, request.messages),
  );
  // max_completion_tokens is the newer name; either one caps the reply.
  const limit = request.max_completion_tokens ?? request.max_tokens ?? Infinity;
  const tokens = allTokens.slice(0, limit);
  const promptTokens = promptTokensOf(request.messages);
  return {
    id,
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    provider,
    tokens,
    finishReason: tokens.length < allTokens.length ? "length" : "stop",
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: tokens.length,
      total_tokens: promptTokens + tokens.length,
    },
    includeUsageChunk: request.stream_options?.include_usage === true,
  };
}

/** The non-streaming `chat.completion` response body. */
export function completionBody(plan: CompletionPlan): Record<string, unknown> {
  return {
    id: plan.id,
    object: "chat.completion",
    created: plan.created,
    model: plan.model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: plan.tokens.join("") },
        logprobs: null,
        finish_reason: plan.finishReason,
      },
    ],
    usage: plan.usage,
    ...(plan.provider === "groq" ? { x_groq: { id: `req_${plan.id}` } } : {}),
  };
}
