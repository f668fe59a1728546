// Adds a "Copy" button to every code block inside `root` (sanitised HTML set
// by React). The buttons are built with DOM APIs, never from HTML, and read
// the code through textContent, so nothing from the reply is interpreted.
// Returns a cleanup that removes them again.

const COPIED_LABEL_MS = 1500;

async function copyText(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    // navigator.clipboard is missing outside secure contexts.
    if (!navigator.clipboard) throw new Error("Clipboard unavailable");
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed";
  }
  setTimeout(() => (button.textContent = "Copy"), COPIED_LABEL_MS);
}

function createCopyButton(pre: HTMLPreElement): HTMLButtonElement {
  const button = pre.ownerDocument.createElement("button");
  button.type = "button";
  button.className = "safe-text__copy";
  button.textContent = "Copy";
  button.setAttribute("aria-label", "Copy code");
  button.setAttribute("data-testid", "copy-code");
  button.addEventListener("click", () => {
    const code = pre.querySelector("code") ?? pre;
    void copyText(code.textContent ?? "", button);
  });
  return button;
}

export function attachCopyButtons(root: HTMLElement): () => void {
  const buttons = Array.from(root.querySelectorAll("pre"), (pre) => {
    const button = createCopyButton(pre);
    pre.before(button);
    return button;
  });
  return () => buttons.forEach((button) => button.remove());
}
