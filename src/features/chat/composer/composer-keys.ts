/** The parts of a keydown the composer looks at (React's and the DOM's events both fit). */
export type ComposerKey = {
  key: string;
  shiftKey: boolean;
  altKey?: boolean;
  /** True while an IME (Japanese, Chinese, Korean…) is composing: Enter then picks a candidate. */
  isComposing?: boolean;
  /** Safari reports IME keystrokes as keyCode 229 without isComposing. */
  keyCode?: number;
};

export type ComposerKeyAction = "send" | "default";

/** Enter sends; Shift+Enter (and Alt+Enter) add a line; Enter while composing text in an IME does neither. */
export function composerKeyAction(event: ComposerKey): ComposerKeyAction {
  if (event.key !== "Enter") return "default";
  if (event.isComposing || event.keyCode === 229) return "default";
  if (event.shiftKey || event.altKey) return "default";
  return "send";
}
