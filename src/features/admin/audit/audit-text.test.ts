import { describe, expect, it } from "vitest";
import { auditValueText } from "./audit-text";

describe("auditValueText", () => {
  it("writes caps in dollars, null caps as the plan default, and plans by name", () => {
    expect(auditValueText("set_daily_cap", 2_500_000)).toBe("$2.50");
    expect(auditValueText("set_daily_cap", 0)).toBe("$0.00");
    expect(auditValueText("set_daily_cap", null)).toBe("plan default");
    expect(auditValueText("set_tier", "pro")).toBe("pro");
    expect(auditValueText("set_tier", null)).toBe("none");
    expect(auditValueText("set_daily_cap", 1.5)).toBe("1.5"); // never stored (the server refuses it), never thrown on either
  });
});
