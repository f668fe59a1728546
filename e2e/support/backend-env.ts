import { stackUrls } from "./stack-config";

/**
 * Sets (string) or removes (undefined) Convex env vars on the running stack,
 * through the endpoint `npx convex env set` calls; the local backend accepts
 * any admin key. Tests that change one put it back afterwards.
 */
export async function setBackendEnv(vars: Record<string, string | undefined>): Promise<void> {
  const changes = Object.entries(vars).map(([name, value]) => ({ name, value }));
  const response = await fetch(`${stackUrls().convex}/api/update_environment_variables`, {
    method: "POST",
    headers: { authorization: "Convex e2e-admin-key", "content-type": "application/json" },
    body: JSON.stringify({ changes }),
  });
  if (!response.ok) throw new Error(`env update failed: ${response.status} ${await response.text()}`);
}
