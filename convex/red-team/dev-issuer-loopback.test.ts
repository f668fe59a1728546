// Attack: DEV_AUTH_ISSUER set by mistake on a reachable deployment would let
// anyone who can mint a token for that URL sign in as anyone, admin included.
// The auth config is read as data, exactly as Convex (and the local backend) read it.
import { afterEach, expect, it, vi } from "vitest";
import { api } from "../_generated/api";
import { newBackend } from "../test.setup";

type Provider = { type?: string; issuer?: string; domain?: string };
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function authConfigWith(env: Record<string, string | undefined>) {
  process.env = { ...saved, ...env };
  vi.resetModules();
  return ((await import("../auth.config")).default as { providers: Provider[] }).providers;
}

const NOT_LOOPBACK = [
  "https://dev-issuer.example.com",
  "http://10.0.0.5:8787",
  "http://0.0.0.0:8787",
  "http://127.0.0.1.evil.example:8787",
  "http://localhost.evil.example",
  "http://localhost@evil.example",
  "http://user:pw@127.0.0.1:8787",
  "file:///127.0.0.1",
  "127.0.0.1:8787",
  "",
];

it.each(NOT_LOOPBACK)("auth.config trusts no dev issuer for DEV_AUTH_ISSUER=%j", async (issuer) => {
  const providers = await authConfigWith({
    DEV_AUTH_ISSUER: issuer,
    CLERK_JWT_ISSUER_DOMAIN: "https://clerk.example.com",
  });
  expect(providers).toEqual([{ domain: "https://clerk.example.com", applicationID: "convex" }]);
});

it.each(["http://127.0.0.1:8787", "http://localhost:8787", "http://[::1]:8787"])(
  "auth.config trusts the loopback dev issuer %s",
  async (issuer) => {
    const providers = await authConfigWith({ DEV_AUTH_ISSUER: issuer, CLERK_JWT_ISSUER_DOMAIN: undefined });
    expect(providers).toEqual([
      expect.objectContaining({ type: "customJwt", issuer, jwks: `${issuer}/.well-known/jwks.json` }),
    ]);
  },
);

async function signInWithDevClaims(issuer: string) {
  process.env.DEV_AUTH_ISSUER = issuer;
  const t = newBackend();
  const as = t.withIdentity({
    issuer,
    subject: "x",
    name: "X",
    email: "x@example.com",
    emailVerified: true,
    dev_role: "admin",
    dev_tier: "enterprise",
  });
  await as.mutation(api.users.me.ensure, {});
  return as.query(api.users.me.get, {});
}

it("users.me.ensure ignores dev_role and dev_tier from a non-loopback DEV_AUTH_ISSUER", async () => {
  expect(await signInWithDevClaims("https://dev-issuer.example.com")).toMatchObject({ role: "user", tier: "free" });
});

it("users.me.ensure honours the same claims from a loopback DEV_AUTH_ISSUER (so the test above can fail)", async () => {
  expect(await signInWithDevClaims("http://127.0.0.1:8787")).toMatchObject({ role: "admin", tier: "enterprise" });
});
