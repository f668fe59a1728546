import type { ErrorEvent } from "@sentry/react";
import { describe, expect, it } from "vitest";
import { FAKE_SECRETS } from "./secret-fixtures.ts";
import { sentryBeforeSend } from "./sentry-before-send.ts";

const KEY = FAKE_SECRETS.groq;
const PROMPT = "PROMPT-TEXT my diagnosis is private";
const REPLY = "REPLY-TEXT here is what I think";

const event = (fields: Partial<ErrorEvent>): ErrorEvent => ({ type: undefined, ...fields });
const sent = (fields: Partial<ErrorEvent>) => sentryBeforeSend(event(fields));

// [where, input fields, what must be sent]
const KEPT_AND_SCRUBBED: Array<[string, Partial<ErrorEvent>, Partial<ErrorEvent>]> = [
  ["message", { message: `failed with ${KEY}` }, { message: "failed with [redacted]" }],
  ["logentry", { logentry: { message: `x ${KEY}`, params: [PROMPT] } }, { logentry: { message: "x [redacted]" } }],
  ["transaction", { transaction: `/cb?token=${KEY}` }, { transaction: "/cb?token=[redacted]" }],
  ["fingerprint", { fingerprint: ["{{ default }}", KEY] }, { fingerprint: ["{{ default }}", "[redacted]"] }],
  [
    "exception value",
    { exception: { values: [{ type: "Error", value: `401 for Bearer ${KEY}` }] } },
    { exception: { values: [{ type: "Error", value: "401 for Bearer [redacted]" }] } },
  ],
  ["tags", { tags: { provider: "groq", leaked: KEY } }, { tags: { provider: "groq", leaked: "[redacted]" } }],
  [
    "extra",
    { extra: { provider: "groq", attempt: 2, nested: { header: `Bearer ${KEY}` } } },
    { extra: { provider: "groq", attempt: 2, nested: { header: "Bearer [redacted]" } } },
  ],
  [
    "contexts",
    { contexts: { browser: { name: "Firefox", note: FAKE_SECRETS.jwt } } },
    { contexts: { browser: { name: "Firefox", note: "[redacted]" } } },
  ],
  [
    "request url, query and headers",
    {
      request: {
        url: `https://app.test/chat?__clerk_db_jwt=${FAKE_SECRETS.jwt}`,
        query_string: { token: KEY },
        headers: { "User-Agent": "UA", Referer: `https://app.test/?api_key=${KEY}` },
      },
    },
    {
      request: {
        url: "https://app.test/chat?__clerk_db_jwt=[redacted]",
        query_string: { token: "[redacted]" },
        headers: { "User-Agent": "UA", Referer: "https://app.test/?api_key=[redacted]" },
      },
    },
  ],
  [
    "breadcrumb message and fetch url",
    {
      breadcrumbs: [
        { category: "custom", message: `saved ${KEY}` },
        {
          category: "fetch",
          type: "http",
          data: { method: "GET", url: `https://api.test/m?key=${KEY}`, status_code: 401 },
        },
      ],
    },
    {
      breadcrumbs: [
        { category: "custom", message: "saved [redacted]" },
        {
          category: "fetch",
          type: "http",
          data: { method: "GET", url: "https://api.test/m?key=[redacted]", status_code: 401 },
        },
      ],
    },
  ],
];

// [where, input fields, path that must be absent from what is sent]
const DROPPED: Array<[string, Partial<ErrorEvent>, string[]]> = [
  ["extra.prompt", { extra: { prompt: PROMPT, provider: "groq" } }, ["extra", "prompt"]],
  ["extra.reply", { extra: { reply: REPLY } }, ["extra", "reply"]],
  [
    "nested chat fields in extra",
    { extra: { request: { messages: [{ content: PROMPT }] } } },
    ["extra", "request", "messages"],
  ],
  ["logentry params", { logentry: { message: "m", params: [PROMPT] } }, ["logentry", "params"]],
  ["request data", { request: { url: "https://app.test", data: { prompt: PROMPT } } }, ["request", "data"]],
  ["request cookies", { request: { cookies: { __session: FAKE_SECRETS.jwt } } }, ["request", "cookies"]],
  ["authorization header", { request: { headers: { Authorization: `Bearer ${KEY}` } } }, ["request", "headers"]],
  [
    "unknown contexts",
    { contexts: { state: { state: { type: "redux", value: { draft: PROMPT } } } } },
    ["contexts", "state"],
  ],
  [
    "response headers",
    { contexts: { response: { status_code: 500, headers: { "set-cookie": "s=1" } } } },
    ["contexts", "response", "headers"],
  ],
  ["user email and ip", { user: { id: "user_1", email: "a@b.c", ip_address: "1.2.3.4" } }, ["user", "email"]],
  ["unknown top-level fields", { threads: { values: [] } }, ["threads"]],
  [
    "frame vars",
    {
      exception: { values: [{ type: "E", stacktrace: { frames: [{ filename: "a.js", vars: { prompt: PROMPT } }] } }] },
    },
    ["exception", "values", "0", "stacktrace", "frames", "0", "vars"],
  ],
  [
    "fetch body data",
    {
      breadcrumbs: [
        { category: "fetch", data: { url: "/api", body: PROMPT, request_body_size: 42, "url.query": "q=hi" } },
      ],
    },
    ["breadcrumbs", "0", "data", "body"],
  ],
  [
    "custom breadcrumb data",
    { breadcrumbs: [{ category: "chat", message: "sent", data: { text: PROMPT } }] },
    ["breadcrumbs", "0", "data"],
  ],
];

describe("sentryBeforeSend", () => {
  it.each(KEPT_AND_SCRUBBED)("scrubs secrets from %s", (_where, input, expected) => {
    const result = sent(input);
    expect(result).toMatchObject(expected);
    expect(JSON.stringify(result)).not.toContain(KEY.slice(4, 20));
  });

  it.each(DROPPED)("drops %s", (_where, input, path) => {
    const result = sent(input);
    expect(result).not.toHaveProperty(path);
    expect(JSON.stringify(result)).not.toContain("PROMPT-TEXT");
    expect(JSON.stringify(result)).not.toContain("REPLY-TEXT");
  });

  it("drops console breadcrumbs entirely", () => {
    const result = sent({
      breadcrumbs: [
        { category: "console", level: "log", message: PROMPT, data: { arguments: [PROMPT] } },
        { category: "navigation", data: { from: "/", to: "/chat/1" } },
      ],
    });
    expect(result.breadcrumbs).toEqual([{ category: "navigation", data: { from: "/", to: "/chat/1" } }]);
  });

  it("keeps only allowlisted fetch/xhr breadcrumb data", () => {
    const result = sent({
      breadcrumbs: [
        {
          category: "xhr",
          data: { method: "POST", url: "/api/chat", status_code: 200, request_body_size: 10, input: PROMPT },
        },
      ],
    });
    expect(result.breadcrumbs?.[0]?.data).toEqual({ method: "POST", url: "/api/chat", status_code: 200 });
  });

  it("keeps the metadata Sentry needs, reduces the user to its id", () => {
    const metadata: Partial<ErrorEvent> = {
      event_id: "abc123",
      timestamp: 1_700_000_000,
      level: "error",
      platform: "javascript",
      release: "guarded-chat@1.2.3",
      environment: "production",
      sdk: { name: "sentry.javascript.react", version: "11.12.0" },
      debug_meta: { images: [{ type: "sourcemap", code_file: "app.js", debug_id: "d-1" }] },
      sdkProcessingMetadata: { dynamicSamplingContext: { trace_id: "t" } },
    };
    const result = sent({ ...metadata, user: { id: "user_1", username: "ann" } });
    expect(result).toMatchObject(metadata);
    expect(result.user).toEqual({ id: "user_1" });
  });

  it("keeps stack frame locations", () => {
    const frame = {
      filename: "https://app.test/assets/index.js",
      function: "send",
      lineno: 10,
      colno: 5,
      in_app: true,
    };
    const result = sent({
      exception: {
        values: [
          {
            type: "TypeError",
            value: "x",
            mechanism: { type: "onerror", handled: false },
            stacktrace: { frames: [frame] },
          },
        ],
      },
    });
    expect(result.exception?.values?.[0]).toEqual({
      type: "TypeError",
      value: "x",
      mechanism: { type: "onerror", handled: false },
      stacktrace: { frames: [frame] },
    });
  });

  it("does not mutate the incoming event", () => {
    const input = event({ message: KEY, extra: { prompt: PROMPT } });
    const copy = structuredClone(input);
    sentryBeforeSend(input);
    expect(input).toEqual(copy);
  });

  it("survives cycles and very deep extra data", () => {
    const cyclic: Record<string, unknown> = { name: "n" };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { key: KEY };
    for (let i = 0; i < 50; i++) deep = { next: deep };
    const result = sent({ extra: { cyclic, deep } });
    expect(result.extra).toMatchObject({ cyclic: { name: "n", self: "[circular]" } });
    expect(JSON.stringify(result)).not.toContain(KEY.slice(4, 20));
  });
});
