import { Fragment, useId } from "react";
import { comboText, SHORTCUTS } from "@/lib/shortcuts/keymap";
import { isMacPlatform } from "@/lib/shortcuts/match-shortcut";
import { useModalDialog } from "../use-modal-dialog";
import "./shortcuts.css";

/** The `?` overlay: every shortcut from the keymap, on the native modal <dialog> (focus trap, Escape, focus restored). Mount to open. */
export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog();
  const titleId = useId();
  const mac = isMacPlatform();

  return (
    <dialog
      ref={ref}
      className="dialog shortcuts"
      aria-labelledby={titleId}
      data-testid="shortcuts-overlay"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        Keyboard shortcuts
      </h2>
      <dl className="shortcuts__list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.id} className="shortcuts__row" data-testid="shortcut-row" data-shortcut={shortcut.id}>
            <dt>{shortcut.label}</dt>
            <dd>
              {shortcut.combos.map((combo, index) => (
                <Fragment key={index}>
                  {index > 0 && <span className="muted"> or </span>}
                  <kbd>{comboText(combo, mac)}</kbd>
                </Fragment>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted shortcuts__note">Letters and “/” or “?” alone never fire while you type in a text field.</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} autoFocus data-testid="shortcuts-close">
          Close
        </button>
      </div>
    </dialog>
  );
}
