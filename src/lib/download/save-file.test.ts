import { describe, expect, it } from "vitest";
import { fileNameFrom } from "./save-file";

describe("fileNameFrom", () => {
  it("keeps letters and digits, joins the rest with dashes, never empty", () => {
    expect(fileNameFrom("Trip plan: Lisbon / Porto?", "md")).toBe("trip-plan-lisbon-porto.md");
    expect(fileNameFrom("../../etc/passwd", "json")).toBe("etc-passwd.json");
    expect(fileNameFrom("  ***  ", "md")).toBe("chat.md");
    expect(fileNameFrom("Ünïcode 東京", "md")).toBe("unicode-東京.md");
  });
});
