import { describe, expect, it } from "vitest";
import { ariaKeyShortcuts, comboText, SHORTCUTS, type ShortcutId } from "./keymap";
import { matchShortcut, type KeyPress } from "./match-shortcut";

const press = (key: string, mods: Partial<Omit<KeyPress, "key">> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

// [what, keydown, mac, typing in a text field, expected shortcut]
const CASES: Array<[string, KeyPress, boolean, boolean, ShortcutId | null]> = [
  ["Ctrl+Shift+O: new chat", press("O", { ctrlKey: true, shiftKey: true }), false, false, "newChat"],
  [
    "Ctrl+Shift+O while typing: new chat (types nothing)",
    press("O", { ctrlKey: true, shiftKey: true }),
    false,
    true,
    "newChat",
  ],
  ["⌘⇧O on a Mac: new chat", press("o", { metaKey: true, shiftKey: true }), true, true, "newChat"],
  [
    "Ctrl+Shift+O on a Mac: nothing (Ctrl is not mod there)",
    press("O", { ctrlKey: true, shiftKey: true }),
    true,
    false,
    null,
  ],
  ["⌘+Shift+O off a Mac: nothing", press("O", { metaKey: true, shiftKey: true }), false, false, null],
  ["Ctrl+O (no Shift): nothing, the browser's Open", press("o", { ctrlKey: true }), false, false, null],
  ["Ctrl+K: search", press("k", { ctrlKey: true }), false, false, "focusSearch"],
  ["Ctrl+K while typing: search", press("k", { ctrlKey: true }), false, true, "focusSearch"],
  [
    "Ctrl+K on a Mac while typing: nothing (it deletes to the end of the line)",
    press("k", { ctrlKey: true }),
    true,
    true,
    null,
  ],
  ["/ outside a text field: search", press("/"), false, false, "focusSearch"],
  ["/ while typing: nothing, it is a slash", press("/"), false, true, null],
  ["Escape: stop", press("Escape"), false, false, "stop"],
  ["Escape while typing: stop", press("Escape"), false, true, "stop"],
  ["Shift+Escape: nothing", press("Escape", { shiftKey: true }), false, false, null],
  ["Ctrl+Shift+C: copy the last reply", press("C", { ctrlKey: true, shiftKey: true }), false, true, "copyLastReply"],
  ["Ctrl+C: nothing, the browser's copy", press("c", { ctrlKey: true }), false, true, null],
  ["Ctrl+Shift+S: sidebar", press("S", { ctrlKey: true, shiftKey: true }), false, false, "toggleSidebar"],
  [
    "Ctrl+Alt+S (AltGr on Windows): nothing",
    press("S", { ctrlKey: true, altKey: true, shiftKey: true }),
    false,
    false,
    null,
  ],
  ["? (Shift+/) outside a text field: the overlay", press("?", { shiftKey: true }), false, false, "showShortcuts"],
  ["? while typing: nothing, it is a question mark", press("?", { shiftKey: true }), false, true, null],
  ["Ctrl+/ while typing: the overlay", press("/", { ctrlKey: true }), false, true, "showShortcuts"],
  ["a plain letter: nothing", press("s"), false, false, null],
  ["mid-IME composition: nothing", press("Escape", { isComposing: true }), false, true, null],
  ["Safari IME keystroke (keyCode 229): nothing", press("k", { ctrlKey: true, keyCode: 229 }), false, false, null],
];

describe("matchShortcut", () => {
  it.each(CASES)("%s", (_what, keydown, mac, typing, expected) => {
    expect(matchShortcut(keydown, { mac, typing })).toBe(expected);
  });

  it("every shortcut in the table is reachable by at least one case above", () => {
    const covered = new Set(CASES.map(([, , , , id]) => id));
    expect(SHORTCUTS.filter((shortcut) => !covered.has(shortcut.id)).map((s) => s.id)).toEqual([]);
  });

  it("no two shortcuts share a combo", () => {
    const combos = SHORTCUTS.flatMap((shortcut) =>
      shortcut.combos.map((combo) => JSON.stringify([combo.key, !!combo.mod, !!combo.shift])),
    );
    expect(new Set(combos).size).toBe(combos.length);
  });
});

describe("how combos are written", () => {
  it.each([
    [{ key: "o", mod: true, shift: true }, false, "Ctrl+Shift+O"],
    [{ key: "o", mod: true, shift: true }, true, "⌘⇧O"],
    [{ key: "Escape" }, false, "Esc"],
    [{ key: "?" }, true, "?"],
  ])("%j (mac %s) → %s", (combo, mac, text) => {
    expect(comboText(combo, mac)).toBe(text);
  });

  it("aria-keyshortcuts names both Control and Meta for mod", () => {
    expect(ariaKeyShortcuts(SHORTCUTS.find((s) => s.id === "newChat")!)).toBe("Control+Shift+O Meta+Shift+O");
  });
});
