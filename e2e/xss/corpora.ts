import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
// The corpora live beside the repo (CI clones `shared/` next to it) and are
// never copied in; see ../shared/xss/README.md. XSS_CORPUS_DIR points
// elsewhere (a git worktree, whose parent has no shared/).
const CORPUS_DIR = process.env.XSS_CORPUS_DIR ?? path.resolve(REPO_ROOT, "../shared/xss");

export interface Payload {
  /** Where the payload comes from, for failure messages: "payloadbox:123". */
  source: string;
  payload: string;
}

/** Keeps the first occurrence of each payload string. */
function uniquePayloads(payloads: Payload[]): Payload[] {
  const seen = new Set<string>();
  return payloads.filter(({ payload }) => {
    if (seen.has(payload)) return false;
    seen.add(payload);
    return true;
  });
}

/** payloadbox/xss-payload-list: one payload per line. */
export function loadPayloadbox(): Payload[] {
  const text = readFileSync(path.join(CORPUS_DIR, "payloadbox-xss-payload-list.txt"), "utf8");
  const payloads = text.split("\n").map((payload, index) => ({ source: `payloadbox:${index + 1}`, payload }));
  return uniquePayloads(payloads.filter(({ payload }) => payload.trim() !== ""));
}

interface Fixture {
  title?: string; // About half the fixtures have none.
  payload: string;
}

function isFixture(value: unknown): value is Fixture {
  return (
    typeof value === "object" &&
    value !== null &&
    "payload" in value &&
    typeof value.payload === "string" &&
    (!("title" in value) || typeof value.title === "string")
  );
}

/** DOMPurify's own test fixtures: `[{title?, payload}]`. */
export function loadDompurifyFixtures(): Payload[] {
  const fixtures: unknown = JSON.parse(readFileSync(path.join(CORPUS_DIR, "dompurify-fixture-payloads.json"), "utf8"));
  if (!Array.isArray(fixtures) || !fixtures.every(isFixture))
    throw new Error("dompurify-fixture-payloads.json: expected [{title?, payload}]");
  return uniquePayloads(
    fixtures.map(({ title, payload }, index) => ({
      source: `dompurify#${index + 1}${title ? ` (${title})` : ""}`,
      payload,
    })),
  );
}
