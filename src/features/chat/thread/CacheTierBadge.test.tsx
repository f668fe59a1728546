// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CacheTierBadge } from "./CacheTierBadge";

afterEach(cleanup);

describe("CacheTierBadge", () => {
  it("labels a pool answer as prepared earlier", () => {
    render(<CacheTierBadge message={{ cached: true, cacheTier: "pool" }} />);
    expect(screen.getByTestId("prepared-badge").textContent).toBe("prepared earlier");
    expect(screen.queryByTestId("cached-badge")).toBeNull();
  });

  it("labels a relaxed match as a near match with the question it answered", () => {
    render(
      <CacheTierBadge message={{ cached: true, cacheTier: "relaxed", cacheQuestion: "Explain gradient descent" }} />,
    );
    expect(screen.getByTestId("near-match-badge").textContent).toContain("“Explain gradient descent”");
  });

  it("shows cached for the browser's and the server's copies, and nothing for a fresh reply", () => {
    const { rerender } = render(<CacheTierBadge message={{ cached: true, cacheTier: "exact" }} />);
    expect(screen.getByTestId("cached-badge").dataset.cacheTier).toBe("exact");
    rerender(<CacheTierBadge message={{ cached: true }} />);
    expect(screen.getByTestId("cached-badge").dataset.cacheTier).toBe("browser");
    rerender(<CacheTierBadge message={{ cacheTier: "fresh" }} />);
    expect(screen.queryByTestId("cached-badge")).toBeNull();
  });
});
