import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { embedLocally } from "../../../rules/embeddings-local.ts";
import { PROVIDERS, servesEmbeddings, type Registry } from "../../../rules/providers/index.ts";
import { faultFromHeader } from "./faults.ts";
import { HttpError, readJsonBody, sendError, sendJson } from "./http-util.ts";
import { keyIdOf } from "./key-id.ts";
import { pause } from "./pause.ts";
import { requestEntry } from "./request-log.ts";
import type { ServerState } from "./provider-handler.ts";
import { providerAt } from "./routes.ts";

// OpenAI-compatible `POST /<provider>/…/embeddings` (OpenRouter's today), answered with the app's
// own built-in embedder, so vectors are meaningful (paraphrases land close)
// and tests of the real SDK path can compare them with the local embedder.

const embeddingsRequest = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1).max(2048)]),
  dimensions: z.number().int().min(1).max(3072).optional(),
  encoding_format: z.enum(["float", "base64"]).optional(),
});

/** The provider of `POST /<provider>/…/embeddings` when the registry says it serves embeddings (OpenRouter today), else undefined. */
export function embeddingsProviderOf(
  method: string,
  pathname: string,
  registry: Registry = PROVIDERS,
): string | undefined {
  const provider = providerAt(pathname, registry);
  const entry = registry.find((candidate) => candidate.name === provider);
  if (method !== "POST" || !entry || !servesEmbeddings(entry) || !pathname.replace(/\/+$/, "").endsWith("/embeddings"))
    return undefined;
  return entry.name;
}

// The wire format the openai SDK asks for by default: little-endian float32, base64.
function base64Of(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString("base64");
}

function bearerKey(authorization: string | undefined): string | null {
  return /^Bearer\s+(\S.*)$/i.exec(authorization ?? "")?.[1]?.trim() ?? null;
}

/** Serves one embeddings request after auth, logging and faults (endpoint "embeddings" in fault rules). */
export async function handleEmbeddings(
  state: ServerState,
  provider: string,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const key = bearerKey(req.headers.authorization);
  const keyId = key === null ? null : await keyIdOf(key);
  const body = await readJsonBody(req);
  state.log.record(requestEntry(provider, req, body, keyId));
  if (keyId === null) throw new HttpError(401, "Missing Authorization: Bearer <api key> header.", "invalid_api_key");
  const parsed = embeddingsRequest.safeParse(body);
  if (!parsed.success)
    throw new HttpError(
      400,
      `Invalid embeddings request: ${parsed.error.issues[0]?.message ?? "bad body"}`,
      "invalid_request",
    );
  const fault =
    faultFromHeader(req.headers["x-llm-fault"]) ?? state.faults.take({ provider, keyId, endpoint: "embeddings" }) ?? {};
  if (!(await pause(fault.firstTokenDelayMs ?? 0, signal))) return;
  if (fault.status !== undefined) {
    sendError(
      res,
      fault.status,
      fault.message ?? `Injected fault: HTTP ${fault.status}.`,
      fault.status === 429 ? "rate_limit_exceeded" : "injected_fault",
      fault.retryAfter ? { "retry-after": fault.retryAfter } : {},
    );
    return;
  }
  const { model, input, dimensions = 1536, encoding_format = "float" } = parsed.data;
  const texts = typeof input === "string" ? [input] : input;
  const promptTokens = texts.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  sendJson(res, 200, {
    object: "list",
    model,
    data: texts.map((text, index) => {
      const vector = embedLocally(text, dimensions);
      return { object: "embedding", index, embedding: encoding_format === "base64" ? base64Of(vector) : vector };
    }),
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  });
}
