// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { DocsSource } from "@rules/docs-answer";
import { CitationPanel } from "./CitationPanel";

afterEach(cleanup);

const source = (n: number, over: Partial<DocsSource> = {}): DocsSource => ({
  n,
  documentId: `d${n}`,
  title: `Doc ${n}`,
  headingPath: ["Guide", "Install"],
  excerpt: `passage ${n}`,
  context: `passage ${n}`,
  chunkIds: [`c${n}`],
  flagged: false,
  ...over,
});

describe("CitationPanel", () => {
  it("lists each source as an in-page link and opens its passage beside the answer on click", () => {
    render(<CitationPanel sources={[source(1), source(2)]} />);
    const links = screen.getAllByTestId("citation-link");
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["#cite-1", "#cite-2"]);
    expect(links[1]!.textContent).toBe("[2] Doc 2 › Guide › Install");
    expect(screen.queryByTestId("citation-passage")).toBeNull();
    fireEvent.click(links[1]!);
    expect(screen.getByTestId("citation-excerpt").textContent).toBe("passage 2");
    expect(screen.getByTestId("citation-heading-path").textContent).toBe("Guide › Install");
    expect(links[1]!.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(links[1]!);
    expect(screen.queryByTestId("citation-passage")).toBeNull();
  });

  it("renders document text as text: markup and URLs in a document never become elements or links", () => {
    const evil = source(1, {
      title: '<img src=x onerror="alert(1)">',
      excerpt: '<a href="javascript:alert(1)">click</a><script>x</script>',
      headingPath: ["[x](javascript:alert(1))"],
    });
    render(<CitationPanel sources={[evil]} initiallyOpen={1} />);
    const passage = screen.getByTestId("citation-passage");
    expect(passage.querySelectorAll("img, script, a")).toHaveLength(0);
    expect(screen.getByTestId("citation-excerpt").textContent).toBe(evil.excerpt);
    const hrefs = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["#cite-1"]);
  });

  it("warns when the cited passage looked like instructions", () => {
    render(<CitationPanel sources={[source(1, { flagged: true }), source(2)]} initiallyOpen={1} />);
    expect(screen.getByTestId("citation-flagged")).toBeTruthy();
    fireEvent.click(screen.getAllByTestId("citation-link")[1]!);
    expect(screen.queryByTestId("citation-flagged")).toBeNull();
  });

  it("renders nothing without sources", () => {
    const { container } = render(<CitationPanel sources={[]} />);
    expect(container.innerHTML).toBe("");
  });
});
