/**
 * Typed client for the llm-server control API, for tests and dev scripts.
 * `baseUrl` is the server root, e.g. the `url` from startLlmServer().
 */
import type { FaultRule, ReceivedRequest } from "./types.ts";

export type { Fault, FaultRule, ReceivedRequest } from "./types.ts";

async function call(baseUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, "")}/__control${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`llm-server control ${method} ${path} failed: HTTP ${response.status} ${text}`);
  return JSON.parse(text);
}

/** Adds a fault rule; rules are matched in the order they were added. */
export async function setFault(baseUrl: string, rule: FaultRule): Promise<void> {
  await call(baseUrl, "POST", "/faults", rule);
}

export async function clearFaults(baseUrl: string): Promise<void> {
  await call(baseUrl, "DELETE", "/faults");
}

/** Provider requests received so far, oldest first (key ids only, never keys). */
export async function receivedRequests(baseUrl: string): Promise<ReceivedRequest[]> {
  return (await call(baseUrl, "GET", "/requests")) as ReceivedRequest[];
}

export async function clearRequests(baseUrl: string): Promise<void> {
  await call(baseUrl, "DELETE", "/requests");
}
