import { describe, expect, it, vi } from "vitest";
import { FAKE_SECRETS } from "../monitoring/secret-fixtures";
import { byokBaseUrl } from "./byok-endpoints";
import { liveCheckFor, LiveCheckUnavailable } from "./live-check";

const answering = (status: number) =>
  vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response("{}", { status }));

describe("liveCheckFor", () => {
  it("lists models at the provider with the key as a bearer token, sending no cookies or referrer", async () => {
    const fetchImpl = answering(200);
    await expect(liveCheckFor("groq", fetchImpl, "https://api.groq.com/openai/v1")(FAKE_SECRETS.groq)).resolves.toBe(
      true,
    );
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe("https://api.groq.com/openai/v1/models");
    expect(init).toMatchObject({
      method: "GET",
      headers: { Authorization: `Bearer ${FAKE_SECRETS.groq}` },
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
  });

  it.each([401, 403])("reports %i as a rejected key", async (status) => {
    await expect(liveCheckFor("openrouter", answering(status), "https://x.test")("k")).resolves.toBe(false);
  });

  it.each([429, 500, 503])("treats %i as 'could not check', not as a bad key", async (status) => {
    await expect(liveCheckFor("groq", answering(status), "https://x.test")("k")).rejects.toBeInstanceOf(
      LiveCheckUnavailable,
    );
  });

  it("turns a network failure into an error that does not quote the request", async () => {
    const failing = vi.fn(async () => {
      throw new TypeError(`Failed to fetch with Bearer ${FAKE_SECRETS.groq}`);
    });
    const error = await liveCheckFor(
      "groq",
      failing,
      "https://x.test",
    )(FAKE_SECRETS.groq).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LiveCheckUnavailable);
    expect(String((error as Error).message)).not.toContain("gsk_");
  });
});

describe("byokBaseUrl", () => {
  it("uses the providers' APIs unless the build points elsewhere", () => {
    expect(byokBaseUrl("groq", {})).toBe("https://api.groq.com/openai/v1");
    expect(byokBaseUrl("openrouter", {})).toBe("https://openrouter.ai/api/v1");
    expect(byokBaseUrl("groq", { VITE_BYOK_GROQ_BASE_URL: "http://127.0.0.1:3312/groq/openai/v1/" })).toBe(
      "http://127.0.0.1:3312/groq/openai/v1",
    );
  });
});
