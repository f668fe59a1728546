// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { PLOT_HEIGHT } from "./chart-geometry";
import { LineChart } from "./LineChart";
import { StackedBarChart } from "./StackedBarChart";

afterEach(cleanup);

describe("LineChart", () => {
  it("is an image named by its summary, with a legend and the data as a table", () => {
    render(
      <LineChart
        title="Latency"
        summary="Latency is fine."
        xLabels={["12:00", "12:01", "12:02"]}
        series={[
          { label: "p50", values: [100, null, 300] },
          { label: "p95", values: [200, null, 900] },
        ]}
        format={(n) => `${n} ms`}
      />,
    );
    const img = screen.getByRole("img", { name: "Latency is fine." });
    expect(img.querySelectorAll("path")).toHaveLength(2);
    expect(img.querySelectorAll("circle")).toHaveLength(4); // gaps draw no point
    expect(
      within(screen.getByRole("list", { name: "Latency: legend" }))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["p50", "p95"]);
    const table = screen.getByRole("table", { name: "Latency" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Time", "p50", "p95"]);
    expect(within(table).getAllByRole("row")[2]?.textContent).toBe("12:01––");
  });
});

describe("StackedBarChart", () => {
  it("draws one rect per non-empty segment, scaled to a nice axis, and totals each bar in the table", () => {
    render(
      <StackedBarChart
        title="Outcomes"
        summary="Mostly done."
        xLabels={["a", "b"]}
        keys={[
          { key: "done", label: "Done" },
          { key: "failed", label: "Failed", swatch: "series-2" },
        ]}
        bars={[
          { done: 3, failed: 1 },
          { done: 0, failed: 0 },
        ]}
        format={String}
        integer
      />,
    );
    const img = screen.getByRole("img", { name: "Mostly done." });
    const rects = [...img.querySelectorAll("rect")];
    expect(rects.map((r) => r.getAttribute("class"))).toEqual(["chart__bar series-1", "chart__bar series-2"]);
    // Total 4 → axis 0..5 in whole steps; the done segment is 3/5 of the plot height.
    expect([...img.querySelectorAll(".chart__axis text")].map((t) => t.textContent).slice(0, 6)).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
    expect(Number(rects[0]!.getAttribute("height"))).toBeCloseTo((3 / 5) * PLOT_HEIGHT, 5);
    const rows = within(screen.getByRole("table", { name: "Outcomes" }))
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(rows).toEqual(["TimeDoneFailedTotal", "a314", "b000"]);
  });
});
