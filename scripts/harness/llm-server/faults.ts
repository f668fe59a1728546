import { HttpError } from "./http-util.ts";
import { faultSchema, parseWith } from "./schemas.ts";
import type { Endpoint, Fault, FaultRule } from "./types.ts";

/** What a rule is matched against. */
export interface FaultTarget {
  provider: string;
  keyId: string;
  endpoint: Endpoint;
  /** The requested model and the last user message (chat requests only). */
  model?: string;
  prompt?: string;
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  return (
    (rule.provider === undefined || rule.provider === target.provider) &&
    (rule.keyId === undefined || rule.keyId === target.keyId) &&
    (rule.endpoint === undefined || rule.endpoint === target.endpoint) &&
    (rule.model === undefined || rule.model === target.model) &&
    (rule.promptIncludes === undefined || (target.prompt ?? "").includes(rule.promptIncludes))
  );
}

/** Fault rules set through the control API, matched in the order they were added. */
export class FaultStore {
  #rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    // Copy, so counting down `times` never mutates the caller's object.
    this.#rules.push({ ...rule, fault: { ...rule.fault } });
  }

  clear(): void {
    this.#rules = [];
  }

  list(): FaultRule[] {
    return this.#rules.map((rule) => ({ ...rule }));
  }

  /** The fault for this request, if any rule matches; uses up one of the rule's `times`. */
  take(target: FaultTarget): Fault | null {
    const index = this.#rules.findIndex((rule) => matches(rule, target));
    const rule = this.#rules[index];
    if (!rule) return null;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) this.#rules.splice(index, 1);
    }
    return rule.fault;
  }
}

/** The per-request `x-llm-fault` header, parsed; a bad header is a 400 so test typos surface. */
export function faultFromHeader(header: string | string[] | undefined): Fault | null {
  if (header === undefined) return null;
  const text = Array.isArray(header) ? header.join(",") : header;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, "x-llm-fault header is not valid JSON.", "invalid_fault");
  }
  const parsed = parseWith(faultSchema, json);
  if (!parsed.ok)
    throw new HttpError(400, `x-llm-fault header is not a valid fault: ${parsed.reason}`, "invalid_fault");
  return parsed.value;
}
