import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type DevSignIn = { name: string; email?: string; tier?: string; role?: string };
const TOKEN_TTL_S = 60 * 60;
const KEY_ID = "dev-issuer-key";

/**
 * The dev sign-in's identity provider: signs RS256 JWTs for whoever asks, so
 * it exists only on the offline stack (started by `npm run dev` and the tests
 * when no Clerk key is set). `convex/auth.config.ts` trusts it only when
 * `DEV_AUTH_ISSUER` is set, which it never is on Convex cloud.
 */
export async function startDevIssuer(options: { port?: number; host?: string } = {}) {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: "RS256", use: "sig" };
  let issuer = "";

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://local").pathname;
    if (req.method === "OPTIONS") return reply(res, 204, "");
    if (path === "/.well-known/jwks.json") return reply(res, 200, { keys: [jwk] });
    if (path === "/.well-known/openid-configuration") {
      return reply(res, 200, {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks.json`,
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    if (req.method === "POST" && path === "/token") {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        const parsed = parseSignIn(body);
        if (!parsed)
          return reply(res, 400, { error: "Send JSON { name, email?, tier?, role? } with a non-empty name." });
        void issueToken(parsed, Math.floor(Date.now() / 1000)).then((token) =>
          reply(res, 200, { token, expiresIn: TOKEN_TTL_S }),
        );
      });
      return;
    }
    reply(res, 404, { error: "not found" });
  });

  function issueToken(who: DevSignIn, nowS: number, ttlS = TOKEN_TTL_S) {
    const subject = `dev|${who.email ?? who.name}`.toLowerCase();
    // The email it signs is the one asked for, so it vouches for it like an
    // identity provider that verified it: ADMIN_EMAILS only trusts verified emails.
    const email = (who.email ?? `${slug(who.name)}@dev.local`).toLowerCase();
    return new SignJWT({ name: who.name, email, email_verified: true, dev_tier: who.tier, dev_role: who.role })
      .setProtectedHeader({ alg: "RS256", kid: KEY_ID })
      .setIssuer(issuer)
      .setSubject(subject)
      .setAudience("convex")
      .setIssuedAt(nowS)
      .setExpirationTime(nowS + ttlS)
      .sign(privateKey);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    issueToken,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseSignIn(body: string): DevSignIn | undefined {
  try {
    const value = JSON.parse(body) as Partial<DevSignIn>;
    if (typeof value.name !== "string" || !value.name.trim()) return undefined;
    const email = typeof value.email === "string" && value.email.trim() ? value.email.trim() : undefined;
    return { ...value, name: value.name.trim(), email };
  } catch {
    return undefined;
  }
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "user";

function reply(res: ServerResponse, status: number, payload: unknown) {
  res.writeHead(status, {
    "content-type": "application/json",
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "content-type",
  });
  res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
}
