// @vitest-environment jsdom
import { afterEach, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { SafeText } from "./SafeText";
import { renderMarkdown } from "./render-markdown";

// MarkdownBlock calls renderMarkdown whenever a block's text changes (React.memo,
// and rendered-blocks.ts for finished text seen before, are its caches; each text
// here is new), so counting calls per block text counts block renders.
vi.mock("./render-markdown", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./render-markdown")>();
  return { ...actual, renderMarkdown: vi.fn(actual.renderMarkdown) };
});

afterEach(cleanup);

function rendersOf(markdown: string): number {
  return vi.mocked(renderMarkdown).mock.calls.filter(([arg]) => arg === markdown).length;
}

it("re-renders only the growing tail while a reply streams in", () => {
  const finished = ["# Plan", "```sh\nnpm test\n\nnpm run build\n```", "- a\n\n- b"];
  const head = finished.join("\n\n") + "\n\nThe tail";
  const { rerender } = render(<SafeText markdown={head} streaming allowedImageOrigins={[]} />);
  const firstBlock = screen.getByTestId("safe-text").firstElementChild;

  for (const more of [" grows", " and grows", " and is done."]) {
    // A fresh origins array each time, as a parent component would pass.
    rerender(<SafeText markdown={head + more} streaming allowedImageOrigins={[]} />);
  }

  // The finished blocks form one memoised segment, rendered once.
  expect(rendersOf(finished.join("\n\n"))).toBe(1);
  expect(rendersOf("The tail")).toBe(1);
  expect(rendersOf("The tail grows")).toBe(1);
  expect(vi.mocked(renderMarkdown)).toHaveBeenCalledTimes(1 + 4);
  expect(screen.getByTestId("safe-text").firstElementChild).toBe(firstBlock);
  expect(screen.getByTestId("safe-text").textContent).toContain("The tail and is done.");
});
