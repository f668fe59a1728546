// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { LoadMoreButton } from "./LoadMoreButton";

afterEach(cleanup);

it.each([
  { status: "LoadingFirstPage", shown: false },
  { status: "Exhausted", shown: false },
  { status: "CanLoadMore", shown: true, text: "Load more users", disabled: false },
  { status: "LoadingMore", shown: true, text: "Loading…", disabled: true },
] as const)("$status: shown $shown", ({ status, ...expected }) => {
  render(<LoadMoreButton status={status} onLoadMore={() => {}} label="Load more users" testId="more" />);
  const button = screen.queryByTestId("more") as HTMLButtonElement | null;
  expect(button !== null).toBe(expected.shown);
  if ("text" in expected) {
    expect(button?.textContent).toBe(expected.text);
    expect(button?.disabled).toBe(expected.disabled);
  }
});

it("asks for the next page on click", () => {
  const onLoadMore = vi.fn();
  render(<LoadMoreButton status="CanLoadMore" onLoadMore={onLoadMore} label="Load more" testId="more" />);
  fireEvent.click(screen.getByTestId("more"));
  expect(onLoadMore).toHaveBeenCalledOnce();
});
