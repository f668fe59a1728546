// Every keyboard shortcut of the chat, in one table: the `?` overlay lists it
// and match-shortcut.ts decides from it. "mod" is ⌘ on a Mac and Ctrl
// elsewhere (Ctrl+letter on a Mac edits text: Ctrl+K deletes to the line's
// end). Bindings follow ChatGPT's where it has one, so hands already know them.

export type ShortcutId = "newChat" | "focusSearch" | "stop" | "copyLastReply" | "toggleSidebar" | "showShortcuts";

/** One key combination. `key` is KeyboardEvent.key, lower-cased for letters. */
export type Combo = { key: string; mod?: boolean; shift?: boolean };

export type Shortcut = {
  id: ShortcutId;
  label: string;
  combos: readonly Combo[];
  /**
   * Whether it may fire while the focus is in a text field. Combos with mod
   * type nothing, so they may; a bare character ("?", "/") would land in the
   * text, so it fires only outside text fields.
   */
  whileTyping: boolean;
};

export const SHORTCUTS: readonly Shortcut[] = [
  { id: "newChat", label: "New chat", combos: [{ key: "o", mod: true, shift: true }], whileTyping: true },
  {
    id: "focusSearch",
    label: "Search conversations",
    combos: [{ key: "k", mod: true }, { key: "/" }],
    whileTyping: true,
  },
  { id: "stop", label: "Stop the reply being written", combos: [{ key: "Escape" }], whileTyping: true },
  {
    id: "copyLastReply",
    label: "Copy the last reply",
    combos: [{ key: "c", mod: true, shift: true }],
    whileTyping: true,
  },
  {
    id: "toggleSidebar",
    label: "Show or hide the conversation list",
    combos: [{ key: "s", mod: true, shift: true }],
    whileTyping: true,
  },
  {
    id: "showShortcuts",
    label: "Show keyboard shortcuts",
    combos: [{ key: "?" }, { key: "/", mod: true }],
    whileTyping: true,
  },
];

const KEY_NAMES: Record<string, string> = { Escape: "Esc" };

/** How a combo is written for people: "Ctrl+Shift+O", or "⌘⇧O" on a Mac. */
export function comboText(combo: Combo, mac: boolean): string {
  const key = KEY_NAMES[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key);
  if (mac) return `${combo.mod ? "⌘" : ""}${combo.shift ? "⇧" : ""}${key}`;
  return [combo.mod && "Ctrl", combo.shift && "Shift", key].filter(Boolean).join("+");
}

/** The same, as `aria-keyshortcuts` wants it ("Control+Shift+O Meta+Shift+O"). */
export function ariaKeyShortcuts(shortcut: Shortcut): string {
  return shortcut.combos
    .flatMap((combo) =>
      (combo.mod ? ["Control", "Meta"] : [""]).map((mod) =>
        [mod, combo.shift && "Shift", combo.key.length === 1 ? combo.key.toUpperCase() : combo.key]
          .filter(Boolean)
          .join("+"),
      ),
    )
    .join(" ");
}
