import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api } from "./_generated/api";
import { finishReply } from "./metrics/fixtures.test-helpers";
import { newBackend, signIn } from "./test.setup";

const NOW = Date.UTC(2026, 10, 22, 12, 30, 15);
const TOKEN = "metrics-token-0123456789";
const KEY_ENV = ["GROQ_API_KEY", "GROQ_API_KEYS", "OPENROUTER_API_KEY", "OPENROUTER_API_KEYS"];

beforeEach(() => {
  for (const name of [...KEY_ENV, "METRICS_TOKEN"]) delete process.env[name];
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterEach(() => {
  for (const name of [...KEY_ENV, "METRICS_TOKEN"]) delete process.env[name];
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// ---- A small, strict parser of the Prometheus text format (0.0.4) ----
type Sample = { name: string; labels: Record<string, string>; value: number };
type ParsedFamily = { type: string; help: string; samples: Sample[] };
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const VALUE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]Inf|NaN)$/;

function parseExposition(text: string): Map<string, ParsedFamily> {
  if (!text.endsWith("\n")) throw new Error("must end with a line feed");
  const families = new Map<string, ParsedFamily>();
  let current: { name: string; family: ParsedFamily } | undefined;
  for (const [n, line] of text.slice(0, -1).split("\n").entries()) {
    const fail = (why: string) => new Error(`line ${n + 1}: ${why}: ${JSON.stringify(line)}`);
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta) {
      const [, kind, name, rest] = meta as unknown as [string, string, string, string];
      if (!METRIC_NAME.test(name)) throw fail("bad metric name");
      if (kind === "HELP") {
        if (families.has(name)) throw fail("family declared twice");
        if (/\\[^\\n]/.test(rest.replace(/\\\\/g, ""))) throw fail("bad escape in HELP");
        current = { name, family: { type: "", help: rest, samples: [] } };
        families.set(name, current.family);
      } else {
        if (current?.name !== name || current.family.type) throw fail("TYPE must follow its HELP, once");
        if (!["counter", "gauge", "histogram", "summary", "untyped"].includes(rest)) throw fail("unknown type");
        current.family.type = rest;
      }
      continue;
    }
    if (line.startsWith("#") || line.trim() === "") throw fail("unexpected comment or blank line");
    if (!current?.family.type) throw fail("sample before HELP/TYPE");
    const sample = parseSample(line, fail);
    const allowed =
      current.family.type === "histogram"
        ? ["_bucket", "_sum", "_count"].map((s) => current!.name + s)
        : [current.name];
    if (!allowed.includes(sample.name)) throw fail(`sample not of family ${current.name}`);
    if (current.family.type === "counter" && !(sample.value >= 0)) throw fail("negative counter");
    current.family.samples.push(sample);
  }
  for (const [name, family] of families) if (family.type === "histogram") checkHistogram(name, family.samples);
  return families;
}

function parseSample(line: string, fail: (why: string) => Error): Sample {
  const name = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line)?.[0];
  if (!name) throw fail("bad sample name");
  let i = name.length;
  const labels: Record<string, string> = {};
  if (line[i] === "{") {
    i++;
    while (line[i] !== "}") {
      const labelName = /^[^=]*/.exec(line.slice(i))![0];
      if (!LABEL_NAME.test(labelName) || labelName in labels) throw fail(`bad or repeated label name ${labelName}`);
      i += labelName.length;
      if (line.slice(i, i + 2) !== '="') throw fail('expected ="');
      i += 2;
      let value = "";
      for (; line[i] !== '"'; i++) {
        if (i >= line.length) throw fail("unterminated label value");
        if (line[i] === "\\") {
          const escaped = ({ "\\": "\\", '"': '"', n: "\n" } as Record<string, string>)[line[++i] ?? ""];
          if (escaped === undefined) throw fail("bad escape in label value");
          value += escaped;
        } else value += line[i];
      }
      labels[labelName] = value;
      i++;
      if (line[i] === ",") i++;
      else if (line[i] !== "}") throw fail("expected , or }");
    }
    i++;
  }
  const rest = line.slice(i);
  if (!rest.startsWith(" ")) throw fail("expected one space before the value");
  const [valueText, timestamp, ...extra] = rest.slice(1).split(" ");
  if (!VALUE.test(valueText ?? "") || extra.length || (timestamp !== undefined && !/^-?\d+$/.test(timestamp)))
    throw fail("bad value");
  return {
    name,
    labels,
    value: valueText === "+Inf" ? Infinity : valueText === "-Inf" ? -Infinity : Number(valueText),
  };
}

function checkHistogram(name: string, samples: Sample[]) {
  const series = new Map<string, { buckets: [number, number][]; sum?: number; count?: number }>();
  const keyOf = (labels: Record<string, string>) =>
    JSON.stringify(
      Object.entries(labels)
        .filter(([k]) => k !== "le")
        .sort(),
    );
  for (const s of samples) {
    const entry = series.get(keyOf(s.labels)) ?? { buckets: [] };
    series.set(keyOf(s.labels), entry);
    if (s.name.endsWith("_bucket")) {
      const le = s.labels.le;
      if (le === undefined || !VALUE.test(le)) throw new Error(`${name}: bucket without a numeric le`);
      entry.buckets.push([le === "+Inf" ? Infinity : Number(le), s.value]);
    } else if (s.name.endsWith("_sum")) entry.sum = s.value;
    else entry.count = s.value;
  }
  for (const [key, { buckets, sum, count }] of series) {
    if (sum === undefined || count === undefined) throw new Error(`${name}${key}: missing _sum or _count`);
    for (let i = 1; i < buckets.length; i++) {
      if (!(buckets[i]![0] > buckets[i - 1]![0])) throw new Error(`${name}${key}: le not increasing`);
      if (buckets[i]![1] < buckets[i - 1]![1]) throw new Error(`${name}${key}: bucket counts decrease`);
    }
    const last = buckets.at(-1);
    if (last?.[0] !== Infinity) throw new Error(`${name}${key}: no +Inf bucket`);
    if (last[1] !== count) throw new Error(`${name}${key}: +Inf (${last[1]}) != _count (${count})`);
  }
}

const valueOf = (
  families: Map<string, ParsedFamily>,
  family: string,
  labels: Record<string, string> = {},
  name = family,
) =>
  families
    .get(family)
    ?.samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

describe("the exposition parser itself is strict", () => {
  const ok = '# HELP a_total A.\n# TYPE a_total counter\na_total{x="1"} 2\n';
  it.each([
    ["no trailing newline", ok.slice(0, -1)],
    ["sample before TYPE", "a_total 1\n"],
    ["bad metric name", ok.replace(/a_total\{/, "a-total{")],
    ["unquoted label", ok.replace('"1"', "1")],
    ["bad escape", ok.replace('"1"', '"\\t"')],
    ["non-numeric value", ok.replace("} 2", "} two")],
    ["negative counter", ok.replace("} 2", "} -2")],
    ["foreign sample", ok + "b_total 1\n"],
    [
      "histogram +Inf != count",
      '# HELP h H.\n# TYPE h histogram\nh_bucket{le="1"} 1\nh_bucket{le="+Inf"} 2\nh_sum 3\nh_count 3\n',
    ],
    [
      "histogram decreasing",
      '# HELP h H.\n# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_sum 3\nh_count 1\n',
    ],
  ])("rejects %s", (_why, text) => {
    expect(() => parseExposition(text)).toThrow();
  });
  it("accepts a valid document", () => {
    expect(valueOf(parseExposition(ok), "a_total", { x: "1" })).toBe(2);
  });
});

describe("GET /health and /ready", () => {
  it("/health is 200 {ok:true} with nothing configured", async () => {
    const response = await newBackend().fetch("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("/ready is 503 without a provider key, 200 with one, 503 again when its breaker is open", async () => {
    const t = newBackend();
    const notReady = await t.fetch("/ready");
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ ready: false, database: true });
    process.env.GROQ_API_KEY = "gsk_test_value";
    const ready = await t.fetch("/ready");
    expect(ready.status).toBe(200);
    const body = await ready.json();
    expect(body).toMatchObject({
      ready: true,
      providers: [
        { provider: "groq", configured: true, breakerState: "closed" },
        { provider: "openrouter", configured: false },
      ],
    });
    expect(JSON.stringify(body)).not.toContain("gsk_test_value");
    await t.run((ctx) =>
      ctx.db.insert("providerState", {
        provider: "groq",
        breaker: { state: "open", consecutiveFailures: 5, openedAt: NOW, probeInFlight: false },
        keyCursor: 0,
        inFlight: 0,
      }),
    );
    expect((await t.fetch("/ready")).status).toBe(503);
  });
});

describe("GET /metrics", () => {
  it("is 503 'metrics disabled' while METRICS_TOKEN is unset", async () => {
    const response = await newBackend().fetch("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/metrics disabled/);
  });

  it.each<[string, Record<string, string>]>([
    ["no header", {}],
    ["wrong token", { authorization: "Bearer metrics-token-0123456780" }],
    ["a prefix of the token", { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ["the token plus more", { authorization: `Bearer ${TOKEN}x` }],
    ["another scheme", { authorization: `Basic ${TOKEN}` }],
    ["the bare token", { authorization: TOKEN }],
  ])("refuses %s with 401", async (_why, headers) => {
    process.env.METRICS_TOKEN = TOKEN;
    const response = await newBackend().fetch("/metrics", { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await response.text()).not.toMatch(/chat_/);
  });

  it("serves valid Prometheus text whose counters move when a reply is recorded", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    const t = newBackend();
    const user = await signIn(t, { name: "u" });
    const scrape = async () => {
      const response = await t.fetch("/metrics", { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
      return parseExposition(await response.text());
    };
    const before = await scrape();
    const model = "llama-3.3-70b-versatile";
    const labels = { outcome: "done", provider: "groq", model };
    expect(valueOf(before, "chat_replies_total", labels)).toBeUndefined();
    expect(valueOf(before, "chat_cache_misses_total")).toBe(0);
    expect(valueOf(before, "chat_rate_limit_hits_total", { kind: "rate_limited" })).toBe(0);
    expect(valueOf(before, "provider_breaker_state", { provider: "groq" })).toBe(0);

    await finishReply(t, user.userId, { totalMs: 700 });
    await finishReply(t, user.userId, { ending: "failed", model: 'odd"model\\name' });
    await user.mutation(api.metrics.client.reportLimitHit, { kind: "rate_limited" });
    const after = await scrape();
    expect(valueOf(after, "chat_replies_total", labels)).toBe(1);
    expect(valueOf(after, "chat_replies_total", { outcome: "failed", model: 'odd"model\\name' })).toBe(1);
    const latency = { provider: "groq", model };
    expect(valueOf(after, "chat_reply_latency_ms", { ...latency, le: "500" }, "chat_reply_latency_ms_bucket")).toBe(0);
    expect(valueOf(after, "chat_reply_latency_ms", { ...latency, le: "1000" }, "chat_reply_latency_ms_bucket")).toBe(1);
    expect(valueOf(after, "chat_reply_latency_ms", latency, "chat_reply_latency_ms_count")).toBe(1);
    expect(valueOf(after, "chat_reply_latency_ms", latency, "chat_reply_latency_ms_sum")).toBe(700);
    expect(valueOf(after, "chat_cache_misses_total")).toBe(2);
    expect(valueOf(after, "chat_cache_hits_total")).toBe(0);
    expect(valueOf(after, "chat_rate_limit_hits_total", { kind: "rate_limited" })).toBe(1);
    expect(valueOf(after, "chat_tokens_total", { model, kind: "prompt" })).toBe(1000);
    expect(valueOf(after, "chat_tokens_total", { model, kind: "completion" })).toBe(1000);
    expect(valueOf(after, "chat_cost_micros_total", { model })).toBe(1380);
    expect([...after.keys()]).toEqual(
      expect.arrayContaining([
        "chat_replies_total",
        "chat_reply_latency_ms",
        "provider_breaker_state",
        "chat_cost_micros_total",
      ]),
    );
  });
});
