// A static server for a built app that answers like Vercel with a given
// vercel.json: files first, then rewrites, headers by source, gzip when asked.
// The e2e suite serves its build with it (instead of `vite preview`) so every
// browser test runs under the deployed CSP and Trusted Types.
// Usage: tsx scripts/harness/vercel/serve-like-vercel.ts --dir dist-e2e --port 4310 --config vercel.e2e.json
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import type { VercelConfig } from "../../validate-production/vercel-config";
import { headersFor, rewriteFor } from "./vercel-routing";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

const { values } = parseArgs({
  options: { dir: { type: "string" }, port: { type: "string" }, config: { type: "string" } },
});
if (!values.dir || !values.port || !values.config)
  throw new Error("usage: --dir <build> --port <n> --config <vercel.json>");
const root = values.dir;
const config = JSON.parse(readFileSync(values.config, "utf8")) as VercelConfig;

function fileFor(path: string): string | undefined {
  const file = join(root, normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, ""));
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const rewritten = rewriteFor(config, path);
  const file = fileFor(path) ?? (rewritten ? fileFor(rewritten) : undefined);
  const headers: Record<string, string> = { ...headersFor(config, path) };
  if (!file) {
    res.writeHead(404, { ...headers, "content-type": "text/plain" }).end("not found");
    return;
  }
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  res.writeHead(200, {
    ...headers,
    "content-type": type,
    ...(gzip ? { "content-encoding": "gzip", vary: "Accept-Encoding" } : {}),
  });
  if (req.method === "HEAD") return void res.end();
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}).listen(Number(values.port), "127.0.0.1");
