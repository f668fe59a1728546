import { describe, expect, it } from "vitest";
import { composerKeyAction } from "./composer-keys";

const key = (overrides: Partial<Parameters<typeof composerKeyAction>[0]> = {}) =>
  composerKeyAction({ key: "Enter", shiftKey: false, ...overrides });

describe("composerKeyAction", () => {
  it("sends on Enter", () => expect(key()).toBe("send"));
  it("adds a line on Shift+Enter and Alt+Enter", () => {
    expect(key({ shiftKey: true })).toBe("default");
    expect(key({ altKey: true })).toBe("default");
  });
  it("leaves Enter to an IME that is composing (isComposing, or Safari's keyCode 229)", () => {
    expect(key({ isComposing: true })).toBe("default");
    expect(key({ keyCode: 229 })).toBe("default");
  });
  it("ignores other keys", () => {
    expect(key({ key: "a" })).toBe("default");
    expect(key({ key: "Escape" })).toBe("default");
  });
});
