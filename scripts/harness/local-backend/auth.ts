import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export type Identity = Record<string, unknown> & { tokenIdentifier: string; subject: string; issuer: string };
type Provider =
  | { domain?: string; applicationID?: string }
  | { type: "customJwt"; issuer: string; jwks: string; algorithm: string; applicationID?: string };
type Verifier = (token: string) => Promise<Identity>;

export class AuthError extends Error {}

// Reads the same `convex/auth.config.ts` Convex cloud reads, and trusts exactly
// the issuers it lists: OIDC providers (Clerk) through their discovery
// document, custom JWT providers through their JWKS URL.
export async function loadVerifier(convexDir: string): Promise<Verifier> {
  const path = join(resolve(convexDir), "auth.config.ts");
  const config = (await import(pathToFileURL(path).href)).default as { providers: Provider[] };
  const trusted = config.providers.filter((p) => ("type" in p ? p.issuer : p.domain));
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  async function keysFor(p: Provider) {
    const issuer = issuerOf(p);
    let keys = keySets.get(issuer);
    if (!keys) {
      const jwksUrl = "type" in p ? p.jwks : await discoverJwks(issuer);
      keys = createRemoteJWKSet(new URL(jwksUrl));
      keySets.set(issuer, keys);
    }
    return keys;
  }

  return async (token) => {
    const unverified = decodePayload(token);
    const provider = trusted.find((p) => issuerOf(p) === unverified.iss);
    if (!provider)
      throw new AuthError(`No auth provider found matching the given token (issuer ${String(unverified.iss)})`);
    try {
      const { payload } = await jwtVerify(token, await keysFor(provider), {
        issuer: issuerOf(provider),
        audience: provider.applicationID,
        algorithms: ["RS256"],
      });
      return identityFrom(payload);
    } catch (e) {
      throw new AuthError(`Could not verify token: ${(e as Error).message}`);
    }
  };
}

function issuerOf(p: Provider): string {
  return ("type" in p ? p.issuer : (p.domain ?? "")).replace(/\/$/, "");
}

async function discoverJwks(issuer: string): Promise<string> {
  const res = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!res.ok) throw new AuthError(`OIDC discovery failed for ${issuer}: ${res.status}`);
  return ((await res.json()) as { jwks_uri: string }).jwks_uri;
}

function decodePayload(token: string): JWTPayload {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as JWTPayload;
  } catch {
    throw new AuthError("Malformed token");
  }
}

const STANDARD_CLAIMS: Record<string, string> = {
  name: "name",
  given_name: "givenName",
  family_name: "familyName",
  nickname: "nickname",
  preferred_username: "preferredUsername",
  picture: "pictureUrl",
  email: "email",
  email_verified: "emailVerified",
  phone_number: "phoneNumber",
  updated_at: "updatedAt",
};
const PROTOCOL_CLAIMS = new Set(["iss", "sub", "aud", "exp", "iat", "nbf", "jti", "azp", "sid", "nonce"]);

// The same shape Convex gives `ctx.auth.getUserIdentity()`: standard OIDC
// claims renamed, custom claims passed through.
function identityFrom(payload: JWTPayload): Identity {
  const issuer = String(payload.iss).replace(/\/$/, "");
  const subject = String(payload.sub);
  const identity: Identity = { tokenIdentifier: `${issuer}|${subject}`, subject, issuer };
  for (const [claim, value] of Object.entries(payload)) {
    if (PROTOCOL_CLAIMS.has(claim)) continue;
    identity[STANDARD_CLAIMS[claim] ?? claim] = value;
  }
  return identity;
}
