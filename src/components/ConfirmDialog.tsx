import { useId, type ReactNode } from "react";
import { useModalDialog } from "./use-modal-dialog";

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Disables the buttons while the confirmed action runs. */
  busy?: boolean;
};

/**
 * A modal confirmation on the native <dialog>: the browser traps focus,
 * closes on Escape and restores focus afterwards, so we don't re-implement
 * any of it. Mount it to open it; unmount it to close it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
}: ConfirmDialogProps) {
  const ref = useModalDialog();
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid="confirm-dialog"
      // Escape fires "cancel"; keep React in charge of whether it is open.
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">
        <button
          type="button"
          className="button"
          onClick={onCancel}
          disabled={busy}
          autoFocus
          data-testid="confirm-cancel"
        >
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy}
          data-testid="confirm-accept"
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
