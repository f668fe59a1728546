import { PROVIDERS } from "../../../rules/providers";
import { startDevIssuer } from "../dev-auth/issuer";
import { startE2bServer } from "../e2b-server/server";
import { startLlmServer } from "../llm-server/server";
import { startLocalBackend } from "../local-backend/server";
import { seedDemoCorpus } from "./demo-corpus";

export type OfflineStackPorts = { backend?: number; issuer?: number; llm?: number; e2b?: number };

/**
 * The whole offline stack: dev issuer, local LLM server, and the local Convex
 * backend configured (through Convex env vars, as in the cloud) to trust the
 * issuer and to reach both providers through the LLM server, and E2B (code
 * execution) through the local stand-in — which is NOT a sandbox.
 */
export async function startOfflineStack(ports: OfflineStackPorts = {}, extraEnv: Record<string, string> = {}) {
  const issuer = await startDevIssuer({ port: ports.issuer });
  const llm = await startLlmServer({ port: ports.llm });
  const e2b = await startE2bServer({ port: ports.e2b });
  const backend = await startLocalBackend({
    port: ports.backend,
    env: {
      DEV_AUTH_ISSUER: issuer.issuer,
      // Every registry provider reaches the LLM server at its harness path. The
      // server accepts any key; these only mark the providers configured.
      ...Object.fromEntries(
        PROVIDERS.flatMap((entry) => [
          [entry.env.baseUrl, `${llm.url}${entry.harness.sdk}`],
          [entry.env.key, `offline-demo-${entry.name}-key`],
        ]),
      ),
      ADMIN_EMAILS: "admin@dev.local",
      // E2B's own settings: the SDK reaches the stand-in, and the demo key turns code execution on.
      E2B_API_KEY: e2b.apiKey,
      E2B_API_URL: e2b.url,
      E2B_SANDBOX_URL: e2b.url,
      ...extraEnv,
    },
  });
  await seedDemoCorpus((fn) => backend.engine.runInTransaction(fn as never));
  return {
    urls: { convex: backend.url, issuer: issuer.issuer, llm: llm.url, e2b: e2b.url },
    backend,
    async close() {
      await backend.close();
      await llm.close();
      await e2b.close();
      await issuer.close();
    },
  };
}
