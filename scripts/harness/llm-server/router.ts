import type { IncomingMessage, ServerResponse } from "node:http";
import { CONTROL_PREFIX, handleControl } from "./control-routes.ts";
import { embeddingsProviderOf, handleEmbeddings } from "./embeddings.ts";
import { HttpError, sendError } from "./http-util.ts";
import { handleProviderRequest, type ServerState } from "./provider-handler.ts";
import { matchProviderRoute } from "./routes.ts";

// Groq's and OpenRouter's APIs answer browsers (CORS), and the SPA's key
// live-check (GET …/models from Settings) relies on it; so does this stand-in.
const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type, x-llm-fault",
  "access-control-max-age": "600",
};

async function route(
  state: ServerState,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const method = req.method ?? "GET";
  const { pathname } = new URL(req.url ?? "/", "http://localhost");
  if (pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`)) {
    if (await handleControl(state, req, res, pathname)) return;
  } else {
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (method === "OPTIONS") {
      res.writeHead(204).end(); // preflight: not a provider request, so not logged
      return;
    }
    const embeddingsProvider = embeddingsProviderOf(method, pathname);
    if (embeddingsProvider) return handleEmbeddings(state, embeddingsProvider, req, res, signal);
    const providerRoute = matchProviderRoute(method, pathname);
    if (providerRoute) return handleProviderRequest(state, providerRoute, req, res, signal);
  }
  throw new HttpError(404, `No route for ${method} ${pathname}.`, "not_found");
}

function reportFailure(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    // Too late for an error status; cutting the connection is the honest signal.
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    sendError(res, error.status, error.message, error.code);
    return;
  }
  console.error("[llm-server] unexpected error:", error);
  sendError(res, 500, "Internal error in the offline LLM server.", "internal_error");
}

/** The node:http request listener: routes each request and turns failures into OpenAI-shaped errors. */
export function createRequestListener(state: ServerState): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    // Aborted when the client goes away (or the response ends), so slow streams stop writing.
    const aborter = new AbortController();
    res.on("close", () => aborter.abort());
    route(state, req, res, aborter.signal).catch((error: unknown) => reportFailure(res, error));
  };
}
