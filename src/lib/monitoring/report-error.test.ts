import { afterEach, describe, expect, it, vi } from "vitest";
import {
  connectMonitoring,
  disableMonitoring,
  MAX_QUEUED_REPORTS,
  queuedReportCount,
  reportError,
  reportMessage,
  resetMonitoringForTests,
  setMonitoringUser,
  type MonitoringSink,
} from "./report-error";

afterEach(resetMonitoringForTests);

function fakeSink() {
  return { captureException: vi.fn(), captureMessage: vi.fn(), setUser: vi.fn() } satisfies MonitoringSink;
}

describe("reportError queue (Sentry loads after first paint)", () => {
  it("holds reports made before Sentry loads and delivers them in order once it connects", () => {
    const early = new Error("render failed during start-up");
    reportError(early, { componentStack: "\n    at App" });
    reportMessage("exposed_key_detected", {
      level: "warning",
      tags: { alert: "exposed_key_detected", pattern: "groq" },
    });
    expect(queuedReportCount()).toBe(2);

    const sink = fakeSink();
    connectMonitoring(sink);
    expect(sink.captureException).toHaveBeenCalledWith(early, { componentStack: "\n    at App", level: "error" });
    expect(sink.captureMessage).toHaveBeenCalledWith("exposed_key_detected", {
      level: "warning",
      tags: { alert: "exposed_key_detected", pattern: "groq" },
    });
    expect(sink.captureException.mock.invocationCallOrder[0]).toBeLessThan(
      sink.captureMessage.mock.invocationCallOrder[0]!,
    );
    expect(queuedReportCount()).toBe(0);
  });

  it("sends straight through once connected", () => {
    const sink = fakeSink();
    connectMonitoring(sink);
    reportError("later");
    expect(sink.captureException).toHaveBeenCalledWith("later", { level: "error" });
    expect(queuedReportCount()).toBe(0);
  });

  it("keeps at most MAX_QUEUED_REPORTS, the oldest, so an error loop before load cannot grow memory", () => {
    for (let i = 0; i < MAX_QUEUED_REPORTS + 10; i++) reportError(new Error(`e${i}`));
    expect(queuedReportCount()).toBe(MAX_QUEUED_REPORTS);
    const sink = fakeSink();
    connectMonitoring(sink);
    expect(sink.captureException).toHaveBeenCalledTimes(MAX_QUEUED_REPORTS);
    expect((sink.captureException.mock.calls[0]![0] as Error).message).toBe("e0");
  });

  it("reports at the level the error map gives the code, and not at all for 'ignore'", () => {
    const sink = fakeSink();
    connectMonitoring(sink);
    const convexError = (data: object) => Object.assign(new Error("ConvexError"), { data });
    reportError(convexError({ code: "not_found" }));
    reportError(convexError({ code: "invalid_input", message: "Too long" }));
    reportError(convexError({ code: "provider_not_configured" }));
    expect(sink.captureException.mock.calls.map(([, context]) => context.level)).toEqual(["info", "error"]);
  });

  it("drops the queue and later reports when Sentry is off (no DSN)", () => {
    reportError(new Error("queued"));
    disableMonitoring();
    reportError(new Error("after"));
    expect(queuedReportCount()).toBe(0);
  });

  it("applies the signed-in user set before the SDK loaded, and user changes after", () => {
    setMonitoringUser("user_1");
    const sink = fakeSink();
    connectMonitoring(sink);
    expect(sink.setUser).toHaveBeenLastCalledWith("user_1");
    setMonitoringUser(null);
    expect(sink.setUser).toHaveBeenLastCalledWith(null);
  });
});
