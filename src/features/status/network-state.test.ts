import { describe, expect, it } from "vitest";
import { connectionLabel, convexLinkOf, providerCondition, providerTitle } from "./network-state";

describe("network state", () => {
  it("tells connecting from reconnecting", () => {
    expect(convexLinkOf({ isWebSocketConnected: true, hasEverConnected: true })).toBe("connected");
    expect(convexLinkOf({ isWebSocketConnected: false, hasEverConnected: false })).toBe("connecting");
    expect(convexLinkOf({ isWebSocketConnected: false, hasEverConnected: true })).toBe("reconnecting");
  });

  it("says offline whenever the browser is, whatever the socket thinks", () => {
    expect(connectionLabel(false, "connected")).toBe("Offline");
    expect(connectionLabel(true, "connected")).toBe("Connected");
    expect(connectionLabel(true, "reconnecting")).toBe("Reconnecting…");
  });

  it("grades providers, an open breaker always down", () => {
    expect(providerCondition({ score: 100, breakerState: "closed" })).toBe("ok");
    expect(providerCondition({ score: 70, breakerState: "closed" })).toBe("degraded");
    expect(providerCondition({ score: 50, breakerState: "half_open" })).toBe("degraded");
    expect(providerCondition({ score: 49, breakerState: "closed" })).toBe("down");
    expect(providerCondition({ score: 90, breakerState: "open" })).toBe("down");
    expect(providerTitle({ provider: "groq", score: 0, breakerState: "open", configured: true })).toBe(
      "groq: health 0/100, breaker open",
    );
  });
});
