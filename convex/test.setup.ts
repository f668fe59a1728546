/// <reference types="vite/client" />
// Shared set-up for convex-test suites (two dots in the name: Convex does not deploy it).
import { convexTest } from "convex-test";
import type { ConvexError } from "convex/values";
import { api } from "./_generated/api";
import schema from "./schema";
import type { Tier } from "../rules/entitlements";

export const modules = import.meta.glob("./**/*.ts");

export function newBackend() {
  return convexTest(schema, modules);
}

export type Backend = ReturnType<typeof newBackend>;

/** The app error code a function threw with `ConvexError({ code, … })`; undefined for any other error. */
export const codeOf = (e: unknown) => ((e as ConvexError<{ code: string }>).data ?? {}).code;
type SignIn = { name: string; tier?: Tier; role?: "user" | "admin" };

/** A signed-in user, created the way the app creates one (the dev issuer's claims). */
export async function signIn(t: Backend, who: SignIn) {
  // A loopback URL: the only kind of dev issuer the backend trusts (users/dev-issuer.ts).
  const issuer = process.env.DEV_AUTH_ISSUER ?? "http://127.0.0.1:3999";
  process.env.DEV_AUTH_ISSUER = issuer;
  const as = t.withIdentity({
    issuer,
    subject: who.name,
    name: who.name,
    email: `${who.name}@test.local`,
    emailVerified: true,
    dev_tier: who.tier ?? "free",
    dev_role: who.role ?? "user",
  });
  const userId = await as.mutation(api.users.me.ensure, {});
  return Object.assign(as, { userId });
}

/** Lets scheduled generations (and what they schedule) run to the end on real timers. */
export async function settle(t: Backend) {
  await t.finishAllScheduledFunctions(() => {}, 500);
}

/**
 * The local LLM server, with this process's Convex env pointed at it (both
 * providers, fast retries). `keys` adds or overrides env vars for one suite.
 */
export async function startProviders(keys: Record<string, string> = {}) {
  const { startLlmServer } = await import("../scripts/harness/llm-server/server");
  const llm = await startLlmServer();
  Object.assign(process.env, {
    GROQ_BASE_URL: `${llm.url}/groq`,
    OPENROUTER_BASE_URL: `${llm.url}/openrouter/api/v1`,
    LLM_RETRY_BASE_DELAY_MS: "1",
    LLM_RETRY_MAX_DELAY_MS: "5",
    ...keys,
  });
  return llm;
}
