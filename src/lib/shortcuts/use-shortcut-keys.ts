import { useEffect, useRef } from "react";
import type { ShortcutId } from "./keymap";
import { isMacPlatform, isTextField, matchShortcut } from "./match-shortcut";

export type ShortcutHandlers = Partial<Record<ShortcutId, (event: KeyboardEvent) => void>>;

/**
 * Listens for the keymap's shortcuts on the whole page and calls the handler
 * of the one pressed (the latest handlers: no re-subscribing per render).
 * A key another handler already used (defaultPrevented) is left alone, and so
 * is everything while a modal dialog is open, except inside it.
 */
export function useShortcutKeys(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const mac = isMacPlatform();
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const id = matchShortcut(event, { mac, typing: isTextField(document.activeElement) });
      const handler = id ? latest.current[id] : undefined;
      if (!handler) return;
      if (document.querySelector("dialog[open]")) return; // the dialog has the keyboard (Escape closes it)
      event.preventDefault();
      handler(event);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
