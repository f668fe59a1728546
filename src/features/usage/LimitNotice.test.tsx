// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { AppErrorData } from "@rules/errors";
import { useSendLimit } from "@/lib/send-limit/send-limit-context";
import { SendLimitProvider } from "@/lib/send-limit/SendLimitProvider";
import { LimitNotice } from "./LimitNotice";

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Report({ refusal }: { refusal: AppErrorData }) {
  const { report } = useSendLimit();
  useEffect(() => {
    report(refusal);
  }, [report, refusal]);
  return null;
}

function renderWith(refusal: AppErrorData) {
  render(
    <SendLimitProvider>
      <Report refusal={refusal} />
      <LimitNotice />
    </SendLimitProvider>,
  );
}

it("explains a rate limit with a live countdown, then disappears", async () => {
  renderWith({ code: "rate_limited", retryAfterMs: 12_000, limit: 5 });
  expect(screen.getByTestId("limit-message").textContent).toBe(
    "You've hit your limit of 5 messages a minute. Try again in 12 s.",
  );
  expect(screen.getByTestId("limit-countdown").textContent).toBe("12 s");
  expect(screen.getByRole("alert").textContent).toBe(
    "You've hit your limit of 5 messages a minute. Try again in 12 s.",
  );

  await act(async () => vi.advanceTimersByTime(5_000));
  expect(screen.getByTestId("limit-countdown").getAttribute("data-seconds-left")).toBe("7");
  expect(screen.getByTestId("limit-message").textContent).toBe(
    "You've hit your limit of 5 messages a minute. Try again in 7 s.",
  );
  // Screen readers were told once; the announcement does not tick.
  expect(screen.getByRole("alert").textContent).toContain("in 12 s");

  await act(async () => vi.advanceTimersByTime(7_500));
  expect(screen.queryByTestId("limit-notice")).toBeNull();
  // It says the wait is over, for a few seconds, instead of vanishing silently.
  expect(screen.getByTestId("limit-cleared").textContent).toMatch(/you can send again/);
  await act(async () => vi.advanceTimersByTime(6_500));
  expect(screen.queryByTestId("limit-cleared")).toBeNull();
});

it("shows nothing for errors that do not make the user wait", () => {
  renderWith({ code: "invalid_input", message: "Nope" });
  expect(screen.queryByTestId("limit-notice")).toBeNull();
  expect(screen.queryByTestId("limit-cleared")).toBeNull();
});
