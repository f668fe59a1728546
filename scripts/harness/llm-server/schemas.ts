import { z } from "zod";
import type { Fault, FaultRule } from "./types.ts";

// Strict objects: a misspelt fault field should fail loudly in a test, not be
// silently ignored and leave the test passing for the wrong reason.
const tokenCount = z.number().int().min(0);
const delayMs = z.number().min(0).max(600_000);

export const faultSchema: z.ZodType<Fault> = z.strictObject({
  status: z.number().int().min(400).max(599).optional(),
  retryAfter: z.string().optional(),
  message: z.string().optional(),
  firstTokenDelayMs: delayMs.optional(),
  tokenDelayMs: delayMs.optional(),
  dropAfterTokens: tokenCount.optional(),
  malformedAfterTokens: tokenCount.optional(),
});

export const faultRuleSchema: z.ZodType<FaultRule> = z.strictObject({
  provider: z.string().optional(),
  keyId: z.string().optional(),
  model: z.string().optional(),
  promptIncludes: z.string().min(1).optional(),
  endpoint: z.enum(["chat", "models", "embeddings"]).optional(),
  times: z.number().int().min(1).optional(),
  fault: faultSchema,
});

// Text parts of multimodal content count towards the prompt; other parts are ignored.
const contentPart = z.looseObject({ type: z.string(), text: z.string().optional() });
const message = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
});
const positiveLimit = z.number().int().min(1).nullish();

// Loose: real clients send many parameters (temperature, top_p…) we accept and ignore.
export const chatRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(message).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
  max_tokens: positiveLimit,
  max_completion_tokens: positiveLimit,
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type ChatMessage = ChatRequest["messages"][number];

/** Parses `data` or returns a readable reason it does not fit. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  data: unknown,
): { ok: true; value: T } | { ok: false; reason: string } {
  const result = schema.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: z.prettifyError(result.error) };
}
