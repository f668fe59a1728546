// @vitest-environment jsdom
import { afterEach, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { PlainText } from "./PlainText";

afterEach(cleanup);

it("shows the user's text verbatim, markup included, preserving whitespace", () => {
  const text = "<img src=x onerror=alert(1)> **not bold**\n  indented";
  render(<PlainText text={text} />);
  const element = screen.getByTestId("plain-text");
  expect(element.textContent).toBe(text);
  expect(element.children).toHaveLength(0); // One text node, no elements.
  expect(element.style.whiteSpace).toBe("pre-wrap");
});
