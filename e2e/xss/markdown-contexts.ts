import type { Payload } from "./corpora";

// Replies are markdown, so a payload reaches the sanitiser through markdown
// syntax as well as raw: each context is a place a model could put it.
const MARKDOWN_CONTEXTS = {
  "whole reply": (payload: string) => payload,
  "link target": (payload: string) => `[x](${payload})`,
  // Angle brackets let a destination contain spaces, so whole payloads become hrefs.
  "link target in <>": (payload: string) => `[x](<${payload}>)`,
  // Definition first, in the same block: SafeText renders blocks separately.
  "reference definition": (payload: string) => `[r]: ${payload}\n[x][r]`,
  "image source": (payload: string) => `![x](${payload})`,
  autolink: (payload: string) => `<${payload}>`,
  "code span": (payload: string) => `\`${payload}\``,
  "HTML block": (payload: string) => `<div>\n\n${payload}\n\n</div>`,
} satisfies Record<string, (payload: string) => string>;

export const CONTEXT_COUNT = Object.keys(MARKDOWN_CONTEXTS).length;

export interface Vector extends Payload {
  context: keyof typeof MARKDOWN_CONTEXTS;
  markdown: string;
}

/** Every payload in every context. */
export function toVectors(payloads: Payload[]): Vector[] {
  const contexts = Object.entries(MARKDOWN_CONTEXTS) as [Vector["context"], (payload: string) => string][];
  return payloads.flatMap((payload) =>
    contexts.map(([context, wrap]) => ({ ...payload, context, markdown: wrap(payload.payload) })),
  );
}

export function describeVector(vector: Vector): string {
  return `${vector.source} as ${vector.context}: ${JSON.stringify(vector.payload).slice(0, 160)}`;
}
