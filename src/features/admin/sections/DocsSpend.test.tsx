// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { DocsSpend } from "./DocsSpend";

// The spend is a live Convex query (convex/docs/spend.ts, tested there); here it is whatever the test says.
const live = vi.hoisted(() => ({ result: undefined as unknown, args: [] as unknown[] }));
vi.mock("convex/react", () => ({
  useQuery: (_query: unknown, args: unknown) => {
    live.args.push(args);
    return live.result;
  },
}));

afterEach(() => {
  cleanup();
  live.result = undefined;
  live.args = [];
});

it("lists each model's calls and spend, embeddings and answers apart, for the last week", () => {
  live.result = {
    days: 7,
    rows: [
      { kind: "answer", model: "groq/openai/gpt-oss-20b", micros: 1_250, calls: 12 },
      { kind: "embedding", model: "openrouter:openai/text-embedding-3-small", micros: 37, calls: 1_204 },
    ],
  };
  render(<DocsSpend />);
  expect(live.args).toEqual([{ days: 7 }]);
  const rows = screen.getAllByTestId("docs-spend-row");
  expect(rows.map((row) => row.dataset.kind)).toEqual(["answer", "embedding"]);
  expect(within(rows[0]!).getByRole("rowheader").textContent).toBe("groq/openai/gpt-oss-20b");
  expect(rows[0]!.textContent).toContain("$0.00125");
  expect(rows[1]!.textContent).toContain("Embeddings");
  expect(rows[1]!.textContent).toContain("$0.000037");
  expect(rows[1]!.textContent).toMatch(/1,204/);
});

it("says when nothing was spent, and shows a loading state until the query answers", () => {
  render(<DocsSpend />);
  expect(screen.queryByTestId("docs-spend-row")).toBeNull();
  cleanup();
  live.result = { days: 7, rows: [] };
  render(<DocsSpend />);
  expect(screen.getByTestId("docs-spend-empty").textContent).toContain("last 7 days");
});
