/** Helpers shared by the llm-server tests: real SDK clients pointed at a running server. */
import Groq from "groq-sdk";
import OpenAI from "openai";
import { afterAll, beforeAll } from "vitest";
import { startLlmServer, type RunningLlmServer } from "./server.ts";

export const GROQ_KEY = "gsk_test_groq_secret_0123456789";
export const OPENROUTER_KEY = "sk-or-test-openrouter-secret-9876543210";
export const MODEL = "offline-test-model";

// maxRetries 0: a fault must surface as-is, not be hidden by the SDK retrying.
// logLevel off: the SDKs log malformed chunks to the console before throwing.
export function groqClient(url: string, apiKey = GROQ_KEY): Groq {
  return new Groq({ apiKey, baseURL: `${url}/groq`, maxRetries: 0, logLevel: "off" });
}

export function openRouterClient(url: string, apiKey = OPENROUTER_KEY): OpenAI {
  return new OpenAI({ apiKey, baseURL: `${url}/openrouter/api/v1`, maxRetries: 0, logLevel: "off" });
}

export function userMessage(content: string): { role: "user"; content: string } {
  return { role: "user", content };
}

/** Consumes a stream, keeping every chunk and the time each arrived; a stream error is returned, not thrown. */
export async function collect<T>(stream: AsyncIterable<T>): Promise<{ chunks: T[]; times: number[]; error: unknown }> {
  const chunks: T[] = [];
  const times: number[] = [];
  try {
    for await (const chunk of stream) {
      chunks.push(chunk);
      times.push(performance.now());
    }
    return { chunks, times, error: null };
  } catch (error) {
    return { chunks, times, error };
  }
}

/** Awaits a promise that is expected to fail and returns its error. */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** An LLM server on a free port for this test file, started before its tests and stopped after. */
export function llmServerForSuite(): { readonly url: string } {
  let server: RunningLlmServer | undefined;
  beforeAll(async () => {
    server = await startLlmServer({ port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error("the LLM server starts in beforeAll: read .url inside a test or hook");
      return server.url;
    },
  };
}
