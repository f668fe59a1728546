// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CouncilView } from "./CouncilView";
import { recordedDuringReview, recordedFinished } from "./recorded-council-run.test-data";

afterEach(cleanup);

describe("CouncilView with a recorded run", () => {
  it("while it runs: the stages with the current one marked, members unnamed, no final answer yet", () => {
    render(<CouncilView run={recordedDuringReview} />);
    expect(screen.getByTestId("council-stage-answer").dataset.state).toBe("done");
    expect(screen.getByTestId("council-stage-review").dataset.state).toBe("current");
    expect(screen.getByTestId("council-stage-chair").dataset.state).toBe("pending");
    expect(screen.getAllByTestId("council-member-progress").map((li) => li.textContent)).toEqual([
      "Member 1: answer done, review done",
      "Member 2: answer done, review done",
      "Member 3: answer done, review done",
    ]);
    expect(screen.queryByTestId("council-final")).toBeNull();
  });

  it("while it runs, the ranking shows labels only", () => {
    render(<CouncilView run={recordedDuringReview} />);
    fireEvent.click(screen.getByTestId("council-tab-ranking"));
    expect(screen.getAllByTestId("council-ranking-entry")[0]!.textContent).toBe(
      "Response A: mean rank 1.50 (2 reviews)",
    );
  });

  it("after the run: the final answer first, then the details; progress gone", () => {
    const { container } = render(<CouncilView run={recordedFinished} />);
    const council = screen.getByTestId("council");
    expect(council.firstElementChild).toBe(screen.getByTestId("council-final"));
    expect(screen.getByTestId("council-final").textContent).toContain("as chairman: building on Response A");
    expect(screen.getByTestId("council-final").textContent).toContain("Chairman: openai/gpt-oss-120b (groq)");
    expect(screen.queryByTestId("council-progress")).toBeNull();
    expect(container.querySelector("details")!.open).toBe(false);
  });

  it("after the run: answers, critiques and the ranking are each labelled with their model", () => {
    render(<CouncilView run={recordedFinished} />);
    const headings = () =>
      screen.getAllByTestId("council-member-text").map((s) => within(s).getByRole("heading").textContent);
    expect(headings()).toEqual([
      "openai/gpt-oss-20b (groq)",
      "qwen/qwen3-coder:free (openrouter)",
      "llama-3.3-70b-versatile (groq)",
    ]);
    fireEvent.click(screen.getByTestId("council-tab-critiques"));
    expect(screen.getByTestId("council-panel-critiques").textContent).toContain("FINAL RANKING");
    expect(screen.getAllByTestId("council-unparsed")).toHaveLength(1);
    fireEvent.click(screen.getByTestId("council-tab-ranking"));
    expect(screen.getAllByTestId("council-ranking-entry").map((li) => li.textContent)).toEqual([
      "Response A — llama-3.3-70b-versatile (groq): mean rank 1.50 (2 reviews)",
      "Response C — qwen/qwen3-coder:free (openrouter): mean rank 2.00 (2 reviews)",
      "Response B — openai/gpt-oss-20b (groq): mean rank 2.50 (2 reviews)",
    ]);
    expect(screen.getByTestId("council-tab-ranking").getAttribute("aria-selected")).toBe("true");
  });

  it("a degraded run says why; a failed member says it was left out", () => {
    const members = recordedFinished.members.map((m, i) =>
      i === 2 ? { ...m, answerStatus: "failed" as const, answer: "" } : m,
    );
    render(
      <CouncilView
        run={{
          ...recordedFinished,
          status: "degraded",
          note: "Only one council member answered, so this is a normal reply without review.",
          members,
        }}
      />,
    );
    expect(screen.getByTestId("council-note").textContent).toContain("Only one council member answered");
    expect(screen.getAllByTestId("council-member-text")[2]!.textContent).toContain("failed and was left out");
  });

  it.each([
    ["stopped", "was stopped"],
    ["failed", "could not answer"],
  ] as const)("a %s run says so", (status, words) => {
    render(<CouncilView run={{ ...recordedFinished, status, finalText: "" }} />);
    expect(screen.getByTestId("council-ending").textContent).toContain(words);
    expect(screen.queryByTestId("council-final")).toBeNull();
  });
});
