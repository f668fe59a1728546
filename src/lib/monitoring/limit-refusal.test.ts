import { describe, expect, it, vi } from "vitest";
import { handleLimitRefusal } from "./limit-refusal";

function deps() {
  return { userId: "u1", reportLimitHit: vi.fn(), track: vi.fn(), forwardAlert: vi.fn(() => true) };
}

describe("handleLimitRefusal", () => {
  it("on rate_limited: tells the server, counts a limit_hit and raises api_quota_exceeded", () => {
    const d = deps();
    handleLimitRefusal({ code: "rate_limited", retryAfterMs: 30_000, limit: 5 }, d);
    expect(d.reportLimitHit).toHaveBeenCalledWith("rate_limited");
    expect(d.track).toHaveBeenCalledWith("limit_hit", { kind: "rate_limited" });
    expect(d.forwardAlert).toHaveBeenCalledWith({
      condition: "api_quota_exceeded",
      userId: "u1",
      level: "warning",
      tags: { limit: "requests_per_minute" },
    });
  });

  it("on daily_cost_cap: tells the server and analytics, no quota alert (the server raises daily_cost_80 itself)", () => {
    const d = deps();
    handleLimitRefusal({ code: "daily_cost_cap", resetsAt: 1 }, d);
    expect(d.reportLimitHit).toHaveBeenCalledWith("daily_cost_cap");
    expect(d.track).toHaveBeenCalledWith("limit_hit", { kind: "daily_cost_cap" });
    expect(d.forwardAlert).not.toHaveBeenCalled();
  });

  it.each(["busy", "invalid_input", "internal", "provider_unavailable"] as const)("does nothing for %s", (code) => {
    const d = deps();
    handleLimitRefusal({ code }, d);
    expect(d.reportLimitHit).not.toHaveBeenCalled();
    expect(d.track).not.toHaveBeenCalled();
    expect(d.forwardAlert).not.toHaveBeenCalled();
  });
});
