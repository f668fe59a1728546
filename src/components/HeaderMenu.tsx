import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { ChevronDownIcon } from "./icons";
import "./header-menu.css";

type HeaderMenuProps = {
  /** The toggle's accessible name, e.g. "Usage and account". */
  label: string;
  /** What the toggle shows on phones: a glanceable digest of the panel. */
  summary: ReactNode;
  children: ReactNode;
};

/**
 * Header items that sit inline on wide screens and fold into one popover on
 * phones, so the header stays one row there. A disclosure button (not a
 * menu role: the panel holds status and links, not menu items); Escape and a
 * click outside close it, and focus goes back to the toggle.
 */
export function HeaderMenu({ label, summary, children }: HeaderMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      event.preventDefault(); // this Escape closes the popover, nothing else
      setOpen(false);
      toggle.current?.focus();
    }
    function onPointerDown(event: PointerEvent) {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <div ref={root} className="header-menu" data-open={open} data-popover-open={open} data-testid="header-menu">
      <button
        ref={toggle}
        type="button"
        className="button button--ghost header-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen((value) => !value)}
        data-testid="header-menu-toggle"
      >
        {summary}
        <ChevronDownIcon className="header-menu__chevron" />
      </button>
      <div id={panelId} className="header-menu__panel" data-testid="header-menu-panel">
        {children}
      </div>
    </div>
  );
}
