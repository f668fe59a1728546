import type { IncomingMessage, ServerResponse } from "node:http";
import type { JSONValue } from "convex/values";
import { AuthError, type Identity } from "./auth";
import type { Engine, FunctionKind } from "./engine";
import { updateEnvironmentVariables } from "./environment-variables";

const UDF_FAILED = 560; // ConvexHttpClient reads this status as "the function threw"
const FUNCTION_ROUTES: Record<string, FunctionKind> = {
  "/api/query": "query",
  "/api/mutation": "mutation",
  "/api/action": "action",
};

/** `ConvexHttpClient`'s endpoints, then the routes of our `convex/http.ts`. */
export async function serveHttp(
  req: IncomingMessage,
  res: ServerResponse,
  engine: Engine,
  verify: (t: string) => Promise<Identity>,
) {
  const url = new URL(req.url ?? "/", "http://local");
  const body = await readBody(req);
  const kind = FUNCTION_ROUTES[url.pathname];
  if (req.method === "POST" && kind) return callFunction(kind, body, req, res, engine, verify);
  if (req.method === "POST" && url.pathname === "/api/update_environment_variables") {
    const outcome = updateEnvironmentVariables(req, body);
    // Queries may read the variables: subscribers re-run, as after a write.
    if (outcome.status === 200) engine.markWrite();
    return json(res, outcome.status, outcome.message ? { code: "BadRequest", message: outcome.message } : {});
  }
  if (req.method === "POST" && url.pathname === "/api/query_ts") {
    return json(res, 200, { ts: String(engine.lastWriteTs()) });
  }
  const init: RequestInit = {
    method: req.method,
    headers: headersOf(req),
    body: ["GET", "HEAD"].includes(req.method ?? "") ? undefined : new Uint8Array(body),
  };
  const response = await engine.fetch(url.pathname + url.search, init);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function callFunction(
  kind: FunctionKind,
  body: Buffer,
  req: IncomingMessage,
  res: ServerResponse,
  engine: Engine,
  verify: (t: string) => Promise<Identity>,
) {
  let identity: Identity | undefined;
  const auth = req.headers.authorization;
  if (auth?.startsWith("Bearer ")) {
    try {
      identity = await verify(auth.slice("Bearer ".length));
    } catch (e) {
      if (e instanceof AuthError) return json(res, 401, { code: "Unauthenticated", message: e.message });
      throw e;
    }
  }
  const request = JSON.parse(body.toString("utf8")) as { path: string; args: JSONValue[] | JSONValue };
  const args = Array.isArray(request.args) ? (request.args[0] ?? {}) : request.args;
  const outcome = await engine.run(kind, request.path, args, identity);
  if (outcome.ok) {
    if (kind === "mutation") engine.markWrite();
    return json(res, 200, { status: "success", value: outcome.value, logLines: [] });
  }
  return json(res, UDF_FAILED, {
    status: "error",
    errorMessage: outcome.message,
    errorData: outcome.data,
    logLines: [],
  });
}

function json(res: ServerResponse, status: number, payload: unknown) {
  res.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" });
  res.end(JSON.stringify(payload));
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers[name] = value;
  return headers;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
