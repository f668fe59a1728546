import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { connectMonitoring, resetMonitoringForTests, setMonitoringUser } from "./report-error";
import { FAKE_SECRETS } from "./secret-fixtures";
import { describeSecretKind, exposedKeyKind, reportExposedKey, urlText } from "./exposed-key";

describe("exposedKeyKind", () => {
  it.each([
    ["groq", FAKE_SECRETS.groq],
    ["openrouter", FAKE_SECRETS.openrouter],
    ["clerkSecret", FAKE_SECRETS.clerkLive],
    ["pem_private_key", FAKE_SECRETS.pem],
  ])("names %s in typed input and in a paste", (kind, secret) => {
    expect(exposedKeyKind(`my key is ${secret}, can you help?`, "input")).toBe(kind);
    expect(exposedKeyKind(secret, "paste")).toBe(kind);
  });

  it("finds nothing in ordinary chat text, code and prose about keys", () => {
    for (const text of [
      "How do I rotate a gsk_ key?",
      "const key = process.env.GROQ_API_KEY;",
      "Bearer instruments are mentioned here",
      "",
    ]) {
      expect(exposedKeyKind(text, "input")).toBeNull();
    }
  });

  it("finds a provider key anywhere in the URL, even percent-encoded", () => {
    expect(exposedKeyKind(urlText(`https://chat.example/c/abc?q=${FAKE_SECRETS.groq}`), "url")).toBe("groq");
    expect(exposedKeyKind(urlText(`https://chat.example/#${FAKE_SECRETS.openrouter}`), "url")).toBe("openrouter");
    const encoded = `https://chat.example/?k=${FAKE_SECRETS.groq.replace("_", "%5F")}`;
    expect(exposedKeyKind(encoded, "url")).toBeNull();
    expect(exposedKeyKind(urlText(encoded), "url")).toBe("groq");
  });

  it("ignores the tokens sign-in flows put in URLs on purpose, but not in a chat message", () => {
    const clerkRedirect = `https://chat.example/sign-in?__clerk_db_jwt=${FAKE_SECRETS.jwt}`;
    expect(exposedKeyKind(urlText(clerkRedirect), "url")).toBeNull();
    expect(exposedKeyKind(clerkRedirect, "input")).toBe("jwt");
  });

  it("keeps working on a malformed escape", () => {
    expect(urlText("https://chat.example/%E0%A4%A")).toBe("https://chat.example/%E0%A4%A");
  });

  it("describes kinds for people", () => {
    expect(describeSecretKind("groq")).toBe("a Groq API key");
    expect(describeSecretKind("something_new")).toBe("a secret");
  });
});

describe("reportExposedKey", () => {
  const sink = { captureException: vi.fn(), captureMessage: vi.fn(), setUser: vi.fn() };
  beforeEach(() => {
    vi.clearAllMocks();
    connectMonitoring(sink);
  });
  afterEach(resetMonitoringForTests);

  it("alerts with the pattern kind and where it was found, never the key, once per user per day", () => {
    setMonitoringUser(`user-${Math.random()}`);
    expect(reportExposedKey("groq", "paste")).toBe(true);
    expect(reportExposedKey("groq", "input")).toBe(false);
    expect(sink.captureMessage).toHaveBeenCalledTimes(1);
    expect(sink.captureMessage).toHaveBeenCalledWith("exposed_key_detected", {
      level: "warning",
      tags: { pattern: "groq", source: "paste", alert: "exposed_key_detected" },
    });
    expect(JSON.stringify(sink.captureMessage.mock.calls)).not.toContain("gsk_");
  });
});
