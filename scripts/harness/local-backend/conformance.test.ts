import { ConvexClient, ConvexHttpClient } from "convex/browser";
import { makeFunctionReference as ref } from "convex/server";
import { ConvexError } from "convex/values";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startDevIssuer } from "../dev-auth/issuer";
import { startLocalBackend } from "./server";

// The unmodified Convex clients against the local backend, with a fixture
// `convex/` folder so the protocol is tested apart from the app's functions.
const notes = {
  whoami: ref<"query">("notes:whoami"),
  mine: ref<"query">("notes:mine"),
  page: ref<"query">("notes:page"),
  counter: ref<"query">("notes:counter"),
  add: ref<"mutation">("notes:add"),
  addLater: ref<"mutation">("notes:addLater"),
  insertInternal: ref<"mutation">("notes:insertInternal"),
  increment: ref<"mutation">("notes:increment"),
  addViaAction: ref<"action">("notes:addViaAction"),
  greeting: ref<"query">("notes:greeting"),
};
let backend: Awaited<ReturnType<typeof startLocalBackend>>;
let issuer: Awaited<ReturnType<typeof startDevIssuer>>;
const clients: ConvexClient[] = [];

beforeAll(async () => {
  issuer = await startDevIssuer();
  backend = await startLocalBackend({
    convexDir: join(import.meta.dirname, "fixture-convex"),
    env: { DEV_AUTH_ISSUER: issuer.issuer },
  });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await backend.close();
  await issuer.close();
});

function client(token?: string) {
  const c = new ConvexClient(backend.url, { webSocketConstructor: WebSocket as never, logger: false });
  if (token) c.setAuth(async () => token);
  clients.push(c);
  return c;
}
const tokenFor = (name: string) => issuer.issueToken({ name }, Math.floor(Date.now() / 1000));

function nextValue<T>(c: ConvexClient, query: unknown, args: object, until: (v: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop: () => void = c.onUpdate(
      query as never,
      args as never,
      (v: T) => {
        if (until(v)) {
          stop();
          resolve(v);
        }
      },
      reject,
    );
  });
}

describe("local backend speaks the Convex sync protocol", () => {
  it("authenticates with a dev-issuer RS256 token and exposes the identity", async () => {
    const alice = client(await tokenFor("Alice"));
    const who = await nextValue<{ name: string; tokenIdentifier: string } | null>(
      alice,
      notes.whoami,
      {},
      (v) => v !== null,
    );
    expect(who?.name).toBe("Alice");
    expect(who?.tokenIdentifier).toBe(`${issuer.issuer}|dev|alice`);
  });

  it("pushes subscription updates after a mutation and resolves it with read-your-writes", async () => {
    const bob = client(await tokenFor("Bob"));
    const seen: string[][] = [];
    bob.onUpdate(notes.mine, {}, (v: string[]) => seen.push(v));
    await bob.mutation(notes.add, { text: "first" });
    // The mutation resolves only after the Transition that contains its write.
    expect(seen.at(-1)).toEqual(["first"]);
    await bob.mutation(notes.add, { text: "second" });
    expect(seen.at(-1)).toEqual(["first", "second"]);
  });

  it("rejects a bad or expired token so the client falls back to signed-out", async () => {
    const expired = await issuer.issueToken({ name: "Old" }, Math.floor(Date.now() / 1000) - 7200, 60);
    const changes: boolean[] = [];
    const c = new ConvexClient(backend.url, { webSocketConstructor: WebSocket as never, logger: false });
    clients.push(c);
    c.setAuth(
      async () => expired,
      (isAuthenticated) => changes.push(isAuthenticated),
    );
    await expect.poll(() => changes).toContain(false);
    expect(await c.query(notes.whoami, {})).toBeNull();
    const http = new ConvexHttpClient(backend.url, { logger: false });
    http.setAuth("not-a-jwt.x.y");
    await expect(http.query(notes.whoami, {})).rejects.toThrow();
  });

  it("carries ConvexError data to both clients", async () => {
    const carol = client(await tokenFor("Carol"));
    const error = await carol.mutation(notes.add, { text: "x".repeat(21) }).catch((e) => e);
    expect(error).toBeInstanceOf(ConvexError);
    expect(error.data).toEqual({ code: "invalid_input", max: 20 });
    const anonymous = await new ConvexHttpClient(backend.url, { logger: false })
      .mutation(notes.add, { text: "hi" })
      .catch((e) => e);
    expect(anonymous.data).toEqual({ code: "unauthenticated" });
  });

  it("refuses internal functions from clients", async () => {
    const http = new ConvexHttpClient(backend.url, { logger: false });
    await expect(http.mutation(notes.insertInternal, { owner: "x", text: "y" })).rejects.toThrow(/public function/);
  });

  it("pages through a paginated query", async () => {
    const dave = new ConvexHttpClient(backend.url, { logger: false });
    dave.setAuth(await tokenFor("Dave"));
    for (const text of ["p1", "p2", "p3", "p4", "p5"]) await dave.mutation(notes.add, { text });
    const texts: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page: { page: { text: string }[]; isDone: boolean; continueCursor: string } = await dave.query(notes.page, {
        paginationOpts: { numItems: 2, cursor },
      });
      texts.push(...page.page.map((n) => n.text));
      if (page.isDone) break;
      cursor = page.continueCursor;
    }
    expect(texts.filter((t) => t.startsWith("p"))).toEqual(["p1", "p2", "p3", "p4", "p5"]);
  });

  it("runs scheduled functions for real and pushes what they wrote", async () => {
    const erin = client(await tokenFor("Erin"));
    await erin.mutation(notes.addLater, { text: "later", delayMs: 50 });
    expect(await erin.query(notes.mine, {})).toEqual([]);
    await expect(nextValue<string[]>(erin, notes.mine, {}, (v) => v.includes("later"))).resolves.toEqual(["later"]);
  });

  it("pushes writes made inside an action", async () => {
    const frank = client(await tokenFor("Frank"));
    const update = nextValue<string[]>(frank, notes.mine, {}, (v) => v.includes("from action"));
    expect(await frank.action(notes.addViaAction, { text: "from action" })).toBe("added from action");
    await expect(update).resolves.toEqual(["from action"]);
  });

  it("keeps many concurrent mutations serialised", async () => {
    const c1 = client();
    const http = new ConvexHttpClient(backend.url, { logger: false });
    await Promise.all([
      ...Array.from({ length: 50 }, () => c1.mutation(notes.increment, { name: "race" })),
      ...Array.from({ length: 50 }, () => http.mutation(notes.increment, { name: "race" })),
    ]);
    expect(await http.query(notes.counter, { name: "race" })).toBe(100);
  });

  it("sets and removes env vars as `npx convex env set` does, and subscribers see the change", async () => {
    const update = (changes: unknown, authorization = "Convex dev-admin-key") =>
      fetch(`${backend.url}/api/update_environment_variables`, {
        method: "POST",
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify({ changes }),
      });
    const c = client();
    expect(await nextValue(c, notes.greeting, {}, (v) => v === null)).toBeNull();
    const seen = nextValue<string | null>(c, notes.greeting, {}, (v) => v === "hello");
    expect((await update([{ name: "FIXTURE_GREETING", value: "hello" }])).status).toBe(200);
    expect(await seen).toBe("hello");
    const removed = nextValue<string | null>(c, notes.greeting, {}, (v) => v === null);
    expect((await update([{ name: "FIXTURE_GREETING" }])).status).toBe(200);
    expect(await removed).toBeNull();
    // Without an admin key, or with a malformed change, nothing changes.
    expect((await update([{ name: "FIXTURE_GREETING", value: "x" }], "Bearer user-token")).status).toBe(401);
    expect((await update([{ name: "1 bad name", value: "x" }])).status).toBe(400);
    expect(process.env.FIXTURE_GREETING).toBeUndefined();
  });
});
