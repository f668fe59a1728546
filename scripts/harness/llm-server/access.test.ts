import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import Groq from "groq-sdk";
import OpenAI from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { countTokens } from "../../../convex/lib/token-count.ts";
import { clearRequests, receivedRequests } from "./control.ts";
import { keyIdOf } from "./key-id.ts";
import {
  failureOf,
  GROQ_KEY,
  groqClient,
  llmServerForSuite,
  MODEL,
  OPENROUTER_KEY,
  openRouterClient,
  userMessage,
} from "./test-support.ts";

const server = llmServerForSuite();
beforeEach(async () => {
  await clearRequests(server.url);
});

const request = { model: MODEL, messages: [userMessage("hi")] };

describe("authorization", () => {
  it("answers 401 in OpenAI error shape when there is no bearer key", async () => {
    const response = await fetch(`${server.url}/groq/openai/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as { error: { message: string; type: string; code: string } };
    expect(response.status).toBe(401);
    expect(body.error.code).toBe("invalid_api_key");
    expect(typeof body.error.message).toBe("string");
  });

  it("the SDK sees a missing key as AuthenticationError", async () => {
    const client = new OpenAI({
      apiKey: "unused",
      baseURL: `${server.url}/openrouter/api/v1`,
      maxRetries: 0,
      defaultHeaders: { Authorization: null },
    });
    expect(await failureOf(client.models.list())).toBeInstanceOf(OpenAI.AuthenticationError);
  });
});

describe("browser access (CORS), as the real providers allow", () => {
  it("answers a preflight for the models list without logging it, and allows the origin on the answer", async () => {
    const preflight = await fetch(`${server.url}/groq/openai/v1/models`, {
      method: "OPTIONS",
      headers: {
        origin: "http://127.0.0.1:4310",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");

    const models = await fetch(`${server.url}/openrouter/api/v1/models`, {
      headers: { authorization: `Bearer ${OPENROUTER_KEY}`, origin: "http://127.0.0.1:4310" },
    });
    expect(models.status).toBe(200);
    expect(models.headers.get("access-control-allow-origin")).toBe("*");
    expect((await receivedRequests(server.url)).map((r) => r.path)).toEqual(["/openrouter/api/v1/models"]);
  });
});

describe("request log", () => {
  it("records provider, path, model, stream, key id and user agent, and never the key", async () => {
    await groqClient(server.url).chat.completions.create(request);
    await openRouterClient(server.url).chat.completions.create({ ...request, stream: true });
    await openRouterClient(server.url).models.list();
    const log = await receivedRequests(server.url);
    expect(log.map(({ provider, path, model, stream }) => ({ provider, path, model, stream }))).toEqual([
      { provider: "groq", path: "/groq/openai/v1/chat/completions", model: MODEL, stream: false },
      { provider: "openrouter", path: "/openrouter/api/v1/chat/completions", model: MODEL, stream: true },
      { provider: "openrouter", path: "/openrouter/api/v1/models", model: null, stream: false },
    ]);
    expect(log.map((entry) => entry.keyId)).toEqual([
      await keyIdOf(GROQ_KEY),
      await keyIdOf(OPENROUTER_KEY),
      await keyIdOf(OPENROUTER_KEY),
    ]);
    expect(log[0]?.userAgent).toMatch(/^Groq\/JS/);
    expect(log[1]?.userAgent).toMatch(/^OpenAI\/JS/);
    expect(Number.isNaN(Date.parse(log[0]?.at ?? ""))).toBe(false);
    const sent = request.messages.map((m) => String(m.content));
    expect(log[0]?.messages).toEqual({
      count: sent.length,
      chars: sent.join("").length,
      tokens: sent.reduce((n, c) => n + countTokens(c), 0),
    });
    expect(log[2]?.messages).toBeNull();
    const json = JSON.stringify(log);
    expect(json).not.toContain(GROQ_KEY);
    expect(json).not.toContain(OPENROUTER_KEY);
  });

  it("clearRequests empties the log", async () => {
    await groqClient(server.url).models.list();
    expect(await receivedRequests(server.url)).toHaveLength(1);
    await clearRequests(server.url);
    expect(await receivedRequests(server.url)).toEqual([]);
  });
});

describe("routing", () => {
  it.each([
    ["POST", "/groq/openai/v1/embeddings"],
    ["POST", "/openai/v1/chat/completions"],
    ["GET", "/groq/openai/v1/chat/completions"],
    ["GET", "/__control/nothing"],
  ])("%s %s is a 404 in OpenAI error shape", async (method, path) => {
    const response = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${GROQ_KEY}` } });
    const body = (await response.json()) as { error?: { message?: unknown; type?: unknown; code?: unknown } };
    expect(response.status).toBe(404);
    expect(Object.keys(body.error ?? {}).sort()).toEqual(["code", "message", "type"]);
  });

  it("a bad request body is a 400 BadRequestError", async () => {
    const error = await failureOf(groqClient(server.url).chat.completions.create({ model: MODEL, messages: [] }));
    expect(error).toBeInstanceOf(Groq.BadRequestError);
  });
});

describe("CLI", () => {
  it("prints its URL, serves, and exits 0 on SIGTERM", async () => {
    const main = fileURLToPath(new URL("./main.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", main, "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.setEncoding("utf8");
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (text: string) => {
        output += text;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", () => reject(new Error(`CLI exited early: ${output}`)));
    });
    const health = await fetch(`${url}/__control/health`);
    expect(health.status).toBe(200);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  }, 20_000);
});
