import { useCallback, useEffect, useRef, useState } from "react";

const SHOWN_MS = 3_000;

/** A short message saying what a shortcut did, cleared after a few seconds. */
export function useShortcutStatus(): [string, (message: string) => void] {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback((next: string) => {
    clearTimeout(timer.current);
    setMessage(next);
    timer.current = setTimeout(() => setMessage(""), SHOWN_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, show];
}
