import { SHORTCUTS, type Combo, type ShortcutId } from "./keymap";

/** The parts of a keydown the matcher reads (a DOM KeyboardEvent fits). */
export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  /** Safari reports IME keystrokes as keyCode 229 without isComposing. */
  keyCode?: number;
};

export type KeyContext = {
  mac: boolean;
  /** The focus is in a text field (input, textarea, contenteditable). */
  typing: boolean;
};

// A bare character that types itself ("?") lands in a text field, so it only counts outside one.
const typesText = (combo: Combo) => !combo.mod && combo.key.length === 1;

function matches(combo: Combo, press: KeyPress, mac: boolean): boolean {
  const mod = mac ? press.metaKey : press.ctrlKey;
  const otherMod = mac ? press.ctrlKey : press.metaKey;
  if (Boolean(combo.mod) !== mod || otherMod || press.altKey) return false; // Alt: AltGr on Windows types characters
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (key !== combo.key) return false;
  // For letters and named keys Shift must match; for other characters it is how the layout types them ("?" is Shift+/ in US English).
  return /^[a-z]$/.test(combo.key) || combo.key.length > 1 ? Boolean(combo.shift) === press.shiftKey : true;
}

/** Which shortcut this keydown is, if any; never one that would clash with typing or an IME. */
export function matchShortcut(press: KeyPress, context: KeyContext): ShortcutId | null {
  if (press.isComposing || press.keyCode === 229) return null;
  for (const shortcut of SHORTCUTS) {
    for (const combo of shortcut.combos) {
      if (!matches(combo, press, context.mac)) continue;
      if (context.typing && (!shortcut.whileTyping || typesText(combo))) continue;
      return shortcut.id;
    }
  }
  return null;
}

/** Whether an element takes typed text (so bare-character shortcuts stay out of its way). */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement)
    return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"].includes(
      element.type,
    );
  if (element instanceof HTMLSelectElement) return true; // typing selects an option
  return element instanceof HTMLElement && element.isContentEditable;
}

export function isMacPlatform(nav: Pick<Navigator, "platform" | "userAgent"> = navigator): boolean {
  return /Mac|iPhone|iPad|iPod/.test(nav.platform || nav.userAgent);
}
