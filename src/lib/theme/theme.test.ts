// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyThemeChoice, parseThemeChoice, THEME_STORAGE_KEY } from "./theme";
import { followThemeSetting, setThemeChoice } from "./theme-setting";

// What is stored → the data-theme <html> must carry (null: none, the system decides).
const CASES: Array<[string | null, string | null]> = [
  [null, null],
  ["system", null],
  ["light", "light"],
  ["dark", "dark"],
  ["Dark", null],
  ["<script>", null],
  ["", null],
];

const PRE_PAINT_SCRIPT = readFileSync(resolve(__dirname, "../../../public/theme-init.js"), "utf8");

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute("data-theme");
});

describe("the theme choice, applied by the app and by the pre-paint script alike", () => {
  it.each(CASES)("stored %j → data-theme %j", (stored, expected) => {
    if (stored !== null) localStorage.setItem(THEME_STORAGE_KEY, stored);
    applyThemeChoice(document.documentElement, parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY)));
    expect(document.documentElement.getAttribute("data-theme")).toBe(expected);

    document.documentElement.removeAttribute("data-theme");
    new Function(PRE_PAINT_SCRIPT)();
    expect(document.documentElement.getAttribute("data-theme")).toBe(expected);
  });

  it("the pre-paint script reads the key the app writes", () => {
    expect(PRE_PAINT_SCRIPT).toContain(`"${THEME_STORAGE_KEY}"`);
  });

  it("a choice is stored and applied at once; system clears both", () => {
    const stop = followThemeSetting();
    setThemeChoice("dark");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    setThemeChoice("system");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
    stop();
  });

  it("follows a choice made in another tab (storage event)", () => {
    const stop = followThemeSetting();
    localStorage.setItem(THEME_STORAGE_KEY, "light");
    window.dispatchEvent(new StorageEvent("storage", { key: THEME_STORAGE_KEY }));
    expect(document.documentElement.getAttribute("data-theme")).toBe("light");
    stop();
  });
});
