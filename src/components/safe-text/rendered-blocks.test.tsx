// @vitest-environment jsdom
import { afterEach, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { SafeText } from "./SafeText";
import { renderMarkdown } from "./render-markdown";
import { forgetRenderedBlocks, originsKeyOf, rememberBlock, rememberedBlock } from "./rendered-blocks";
import type { SanitizedHtml } from "./sanitize-html";

vi.mock("./render-markdown", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./render-markdown")>();
  return { ...actual, renderMarkdown: vi.fn(actual.renderMarkdown) };
});

afterEach(() => {
  cleanup();
  forgetRenderedBlocks();
  vi.mocked(renderMarkdown).mockClear();
});

const rendersOf = (markdown: string) => vi.mocked(renderMarkdown).mock.calls.filter(([arg]) => arg === markdown).length;
const REPLY = "A **finished** reply with `code` and [a link](https://example.com).";

it("a finished reply shown again (a cache hit) reuses its sanitised HTML: marked + DOMPurify ran once", () => {
  const first = render(<SafeText markdown={REPLY} />);
  const html = screen.getByTestId("safe-text").innerHTML;
  first.unmount();
  render(<SafeText markdown={REPLY} />);
  expect(rendersOf(REPLY)).toBe(1);
  expect(screen.getByTestId("safe-text").innerHTML).toBe(html);
});

it("a reply that finishes streaming is remembered without rendering it again or replacing its DOM", () => {
  const { rerender, unmount } = render(<SafeText markdown={REPLY} streaming />);
  const block = screen.getByTestId("safe-text").firstElementChild!.firstElementChild;
  rerender(<SafeText markdown={REPLY} streaming={false} />);
  expect(screen.getByTestId("safe-text").firstElementChild!.firstElementChild).toBe(block);
  unmount();
  render(<SafeText markdown={REPLY} />);
  expect(rendersOf(REPLY)).toBe(1);
});

it("a streaming tail is not remembered (it changes on every update)", () => {
  render(<SafeText markdown="Still being written" streaming />).unmount();
  render(<SafeText markdown="Still being written" />);
  expect(rendersOf("Still being written")).toBe(2);
});

it("the image policy is part of what is remembered: the same text under another allowlist is rendered for it", () => {
  const chart = "![chart](https://img.example/c.png)";
  render(<SafeText markdown={chart} />).unmount();
  render(<SafeText markdown={chart} allowedImageOrigins={["https://img.example"]} />);
  expect(screen.getByRole("img", { name: "chart" })).toBeTruthy();
  cleanup();
  render(<SafeText markdown={chart} />);
  expect(screen.getByTestId("safe-text").querySelector("img")).toBeNull();
  expect(rendersOf(chart)).toBe(2);
});

it("keeps at most 200 blocks, least recently used out first, and never one over 100,000 characters", () => {
  const html = (n: number) => `<p>${n}</p>` as SanitizedHtml;
  const none = originsKeyOf([]);
  for (let n = 0; n < 200; n++) rememberBlock(`block ${n}`, none, html(n));
  expect(rememberedBlock("block 0", none)).toBe(html(0)); // used: now the most recent
  rememberBlock("block 200", none, html(200));
  expect(rememberedBlock("block 1", none)).toBeUndefined();
  expect(rememberedBlock("block 0", none)).toBe(html(0));
  expect(rememberedBlock("block 200", none)).toBe(html(200));
  rememberBlock("x".repeat(100_000), none, html(-1));
  expect(rememberedBlock("x".repeat(100_000), none)).toBeUndefined();
});
