import type { IncomingMessage, ServerResponse } from "node:http";
import { completionBody, planCompletion } from "./completion.ts";
import { faultFromHeader, type FaultStore } from "./faults.ts";
import { HttpError, readJsonBody, sendError } from "./http-util.ts";
import { keyIdOf } from "./key-id.ts";
import { modelListBody } from "./models.ts";
import { pause } from "./pause.ts";
import { messageText } from "./reply.ts";
import { requestEntry, type RequestLog } from "./request-log.ts";
import type { ProviderRoute } from "./routes.ts";
import { chatRequestSchema, parseWith, type ChatRequest } from "./schemas.ts";
import { streamCompletion } from "./sse.ts";
import type { Fault } from "./types.ts";
import { sendWholeBody } from "./whole-body.ts";

export interface ServerState {
  faults: FaultStore;
  log: RequestLog;
  nextId(): string;
}

function bearerKey(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S.*)$/i.exec(authorization ?? "");
  return match?.[1]?.trim() ?? null;
}

// Realistic error codes for the statuses apps most often special-case.
function faultCode(status: number): string {
  if (status === 429) return "rate_limit_exceeded";
  if (status === 401) return "invalid_api_key";
  return "injected_fault";
}

function parseChatRequest(body: unknown): ChatRequest {
  const parsed = parseWith(chatRequestSchema, body);
  if (!parsed.ok) throw new HttpError(400, `Invalid chat completion request: ${parsed.reason}`, "invalid_request");
  return parsed.value;
}

// What a fault rule may match in a chat request besides provider and key: its model and last user message.
function chatTarget(request: ChatRequest | null): { model?: string; prompt?: string } {
  if (request === null) return {};
  const lastUser = request.messages.findLast((message) => message.role === "user");
  return { model: request.model, prompt: lastUser ? messageText(lastUser) : "" };
}

/** Serves chat completions and the model list for one provider, after auth, logging and faults. */
export async function handleProviderRequest(
  state: ServerState,
  route: ProviderRoute,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const key = bearerKey(req.headers.authorization);
  // Only the derived id is kept; the key itself goes out of scope here.
  const keyId = key === null ? null : await keyIdOf(key);
  const body = route.endpoint === "chat" ? await readJsonBody(req) : null;
  const entry = requestEntry(route.provider, req, body, keyId);
  state.log.record(entry);
  if (keyId === null) throw new HttpError(401, "Missing Authorization: Bearer <api key> header.", "invalid_api_key");
  // Validate before taking a fault, so a malformed request does not use up a rule's `times`.
  const request = route.endpoint === "chat" ? parseChatRequest(body) : null;

  const fault: Fault =
    faultFromHeader(req.headers["x-llm-fault"]) ??
    state.faults.take({ provider: route.provider, keyId, endpoint: route.endpoint, ...chatTarget(request) }) ??
    {};
  if (fault.retryAfter !== undefined) res.setHeader("retry-after", fault.retryAfter);
  if (fault.status !== undefined) {
    if (!(await pause(fault.firstTokenDelayMs ?? 0, signal))) return;
    sendError(res, fault.status, fault.message ?? `Injected fault: HTTP ${fault.status}.`, faultCode(fault.status));
    return;
  }
  if (request === null) {
    await sendWholeBody(res, modelListBody(route.provider), fault, fault.firstTokenDelayMs ?? 0, signal);
    return;
  }

  const plan = planCompletion(route.provider, request, state.nextId());
  const produced = { promptTokens: plan.usage.prompt_tokens, completionTokens: 0 };
  entry.produced = produced;
  if (request.stream === true) {
    await streamCompletion(res, plan, fault, signal, (emitted) => void (produced.completionTokens = emitted));
    return;
  }
  produced.completionTokens = plan.tokens.length;
  // Without streaming, the whole generation time passes before the body arrives.
  const generationMs = (fault.firstTokenDelayMs ?? 0) + (fault.tokenDelayMs ?? 0) * Math.max(0, plan.tokens.length - 1);
  res.setHeader("x-request-id", plan.id);
  await sendWholeBody(res, completionBody(plan), fault, generationMs, signal);
}
