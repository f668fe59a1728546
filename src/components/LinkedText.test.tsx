// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup } from "@testing-library/react";

afterEach(cleanup);
import { LinkedText } from "./LinkedText";

function links(text: string) {
  const { container } = render(
    <MemoryRouter>
      <p>
        <LinkedText text={text} />
      </p>
    </MemoryRouter>,
  );
  return {
    text: container.textContent,
    hrefs: [...container.querySelectorAll("a")].map((a) => a.getAttribute("href")),
  };
}

describe("LinkedText", () => {
  it("links provider console pages (https) and Settings, keeping the words", () => {
    const message =
      "Groq didn't accept this key; create a new one at console.groq.com/keys. Raise the limit in Settings, or turn it off.";
    expect(links(message)).toEqual({ text: message, hrefs: ["https://console.groq.com/keys", "/settings"] });
    expect(links("Create one at openrouter.ai/settings/keys.").hrefs).toEqual(["https://openrouter.ai/settings/keys"]);
  });

  it("never turns other text into links or markup", () => {
    const message = "<img src=x onerror=alert(1)> see evil.example/keys";
    expect(links(message)).toEqual({ text: message, hrefs: [] });
  });
});
