// @vitest-environment jsdom
// Done-when of issue 13: a third provider added to the registry shows up in
// the BYOK settings — its card, console link, key format, live check, "use my
// own key" — and in the own-key chain and the secret scrubber, with no other
// file touched. The registry's list is replaced by itself plus one line.
import "fake-indexeddb/auto";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MISTRAL_KEY } from "@rules/providers/third-provider.test-data";
import { FAKE_SECRETS } from "@/lib/monitoring/secret-fixtures";

// The Convex-backed sections (instructions, your data) are not the registry's business here.
vi.mock("./CustomInstructionsSection", () => ({ CustomInstructionsSection: () => null }));
vi.mock("./YourDataSection", () => ({ YourDataSection: () => null }));
vi.mock("@rules/providers/list", async () => ({
  PROVIDERS: (await import("@rules/providers/third-provider.test-data")).WITH_THIRD_PROVIDER,
}));

const { SettingsPage } = await import("./SettingsPage");
const { chainFor } = await import("@/lib/byok/byok-chain");
const { byokBaseUrl } = await import("@/lib/byok/byok-endpoints");
const { describeSecretKind, exposedKeyKind } = await import("@/lib/monitoring/exposed-key");

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The models endpoint, answering `status` and recording what it was asked. */
function modelsEndpoint(status: number) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response("{}", { status }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

async function typeKey(card: HTMLElement, key: string) {
  fireEvent.change(within(card).getByTestId("byok-key-input-mistral"), { target: { value: key } });
  fireEvent.click(within(card).getByTestId("byok-save-mistral"));
  return within(card).findByTestId("byok-feedback-mistral");
}

describe("BYOK settings with a third provider in the registry", () => {
  it("lists its card beside the others, checks its key format and live-checks it at its own API", async () => {
    render(<SettingsPage />);
    const card = await screen.findByTestId("byok-card-mistral");
    expect(screen.getAllByTestId(/^byok-card-/).map((c) => c.dataset.testid)).toEqual([
      "byok-card-groq",
      "byok-card-openrouter",
      "byok-card-mistral",
    ]);
    expect(within(card).getByRole("heading").textContent).toBe("Mistral");
    expect(within(card).getByTestId("byok-console-mistral").getAttribute("href")).toBe(
      "https://console.mistral.ai/api-keys",
    );
    expect(within(card).getByTestId("byok-key-input-mistral").getAttribute("placeholder")).toBe("mk_…");

    const fetchMock = modelsEndpoint(200);
    expect((await typeKey(card, FAKE_SECRETS.groq)).textContent).toContain(
      "This key is for Groq. Choose Groq as the provider, or paste your Mistral key instead.",
    );
    expect((await typeKey(card, "mk_short")).textContent).toContain("This Mistral key looks cut off");
    expect(fetchMock).not.toHaveBeenCalled(); // a malformed key never leaves the page

    await typeKey(card, MISTRAL_KEY);
    await waitFor(() => expect(within(card).getByTestId("byok-hint-mistral").textContent).toBe(MISTRAL_KEY.slice(-4)));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("https://api.mistral.ai/v1/models");
    expect(new Headers(init?.headers).get("authorization")).toBe(`Bearer ${MISTRAL_KEY}`);

    fireEvent.click(screen.getByTestId("byok-use-toggle"));
    expect((await screen.findByTestId("byok-in-use")).textContent).toBe("Your messages use your Mistral key.");
  });

  it("answers an own-key send on its first model, lets the build move its live check, and scrubs its keys", () => {
    expect(chainFor("mistral" as never)).toEqual([{ provider: "mistral", model: "mistral-small-latest" }]);
    expect(byokBaseUrl("mistral" as never, { VITE_BYOK_MISTRAL_BASE_URL: "http://127.0.0.1:3212/mistral/v1/" })).toBe(
      "http://127.0.0.1:3212/mistral/v1",
    );
    expect(exposedKeyKind(`my key is ${MISTRAL_KEY}`, "paste")).toBe("mistral");
    expect(describeSecretKind("mistral")).toBe("a Mistral API key");
  });
});
