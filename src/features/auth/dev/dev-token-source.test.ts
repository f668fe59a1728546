// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDevTokenSource, needsNewToken, REFRESH_MARGIN_MS } from "./dev-token-source";

const PROFILE = { name: "Ada", tier: "pro", role: "user" } as const;
const HOUR_S = 3600;

/** A fake issuer answering tokens "t1", "t2", … valid for `expiresIn` seconds. */
function fakeIssuer(expiresIn = HOUR_S) {
  let issued = 0;
  const fetchFn = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => {
    issued += 1;
    return new Response(JSON.stringify({ token: `t${issued}`, expiresIn }), { status: 200 });
  });
  return fetchFn;
}

function setup(fetchFn: typeof fetch, clock = { now: 1_000_000 }) {
  const source = createDevTokenSource({
    issuerUrl: "http://issuer.test/",
    storage: sessionStorage,
    fetchFn,
    now: () => clock.now,
  });
  return { source, clock };
}

afterEach(() => sessionStorage.clear());

describe("needsNewToken", () => {
  const now = 1_000_000;
  it("keeps a token with more than the margin left", () => {
    expect(needsNewToken({ expiresAt: now + REFRESH_MARGIN_MS + 1 }, now, false)).toBe(false);
  });
  it("refreshes within the margin, after expiry, and whenever forced", () => {
    expect(needsNewToken({ expiresAt: now + REFRESH_MARGIN_MS }, now, false)).toBe(true);
    expect(needsNewToken({ expiresAt: now - 1 }, now, false)).toBe(true);
    expect(needsNewToken({ expiresAt: now + 10 * REFRESH_MARGIN_MS }, now, true)).toBe(true);
  });
});

describe("createDevTokenSource", () => {
  it("posts the profile to <issuer>/token and stores the session in sessionStorage", async () => {
    const fetchFn = fakeIssuer();
    const { source } = setup(fetchFn as unknown as typeof fetch);
    expect(await source.token(false)).toBeNull();

    await source.signIn(PROFILE);
    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe("http://issuer.test/token");
    expect(JSON.parse(String(init?.body))).toEqual(PROFILE);
    expect(source.profile()).toEqual(PROFILE);
    expect(source.sessionId()).not.toBeNull();

    // A reload (a new source on the same storage) keeps the session.
    const reloaded = setup(fetchFn as unknown as typeof fetch).source;
    expect(reloaded.sessionId()).toBe(source.sessionId());
    expect(await reloaded.token(false)).toBe("t1");
  });

  it("reuses a fresh token, and fetches a new one when forced or near expiry", async () => {
    const fetchFn = fakeIssuer();
    const { source, clock } = setup(fetchFn as unknown as typeof fetch);
    await source.signIn(PROFILE);

    expect(await source.token(false)).toBe("t1");
    expect(fetchFn).toHaveBeenCalledTimes(1);

    expect(await source.token(true)).toBe("t2");
    clock.now += HOUR_S * 1000 - REFRESH_MARGIN_MS + 1; // inside the margin
    expect(await source.token(false)).toBe("t3");
    expect(await source.token(false)).toBe("t3");
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });

  it("shares one refresh between concurrent callers", async () => {
    const fetchFn = fakeIssuer();
    const { source } = setup(fetchFn as unknown as typeof fetch);
    await source.signIn(PROFILE);
    const tokens = await Promise.all([source.token(true), source.token(true), source.token(true)]);
    expect(tokens).toEqual(["t2", "t2", "t2"]);
    expect(fetchFn).toHaveBeenCalledTimes(2);
  });

  it("keeps the session id across refreshes, so Convex does not re-authenticate", async () => {
    const { source } = setup(fakeIssuer() as unknown as typeof fetch);
    await source.signIn(PROFILE);
    const id = source.sessionId();
    await source.token(true);
    expect(source.sessionId()).toBe(id);
  });

  it("answers null when the issuer fails, so Convex treats the user as signed out", async () => {
    const fetchFn = fakeIssuer();
    const { source } = setup(fetchFn as unknown as typeof fetch);
    await source.signIn(PROFILE);
    fetchFn.mockResolvedValueOnce(new Response("nope", { status: 500 }));
    expect(await source.token(true)).toBeNull();
  });

  it("drops a refresh that finishes after sign-out", async () => {
    let release: (response: Response) => void = () => {};
    const fetchFn = fakeIssuer();
    const { source } = setup(fetchFn as unknown as typeof fetch);
    await source.signIn(PROFILE);
    fetchFn.mockImplementationOnce(() => new Promise<Response>((resolve) => (release = resolve)));

    const pending = source.token(true);
    source.signOut();
    release(new Response(JSON.stringify({ token: "late", expiresIn: HOUR_S })));
    expect(await pending).toBeNull();
    expect(source.sessionId()).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it("notifies subscribers on sign-in and sign-out", async () => {
    const { source } = setup(fakeIssuer() as unknown as typeof fetch);
    const listener = vi.fn();
    const unsubscribe = source.subscribe(listener);
    await source.signIn(PROFILE);
    source.signOut();
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    await source.signIn(PROFILE);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("rejects sign-in when the issuer refuses", async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ error: "bad" }), { status: 400 }));
    const { source } = setup(fetchFn as unknown as typeof fetch);
    await expect(source.signIn(PROFILE)).rejects.toThrow(/HTTP 400/);
    expect(source.sessionId()).toBeNull();
  });
});
