import { useEffect, useRef } from "react";

/**
 * A native <dialog> opened as a modal while the component is mounted: the
 * browser traps focus, closes on Escape (our onCancel decides) and restores
 * focus afterwards, so none of it is re-implemented. Put the ref on the dialog.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return ref;
}
