import { useEffect, useState, type RefObject } from "react";

export type CodeBlockHost = { index: number; language: string; element: HTMLElement };
/** The server's numbering of a reply's code blocks (null until it has answered). */
export type BlockPlan = { blockCount: number; runnable: { index: number; language: string }[] } | null;

const HOST_ATTRIBUTE = "data-code-run-host";

/**
 * After SafeText has rendered a reply into `root`, finds its code blocks
 * (`pre`, in document order) and gives each runnable one — by the server's
 * numbering — an empty host element right after it, for a portal. When the
 * DOM's block count differs from the server's, no block gets one: a button
 * must never run a different block than the one it sits under. SafeText
 * replaces its HTML when it re-renders (or loads), so a MutationObserver
 * looks again. Hosts are plain DOM elements, never built from HTML.
 */
export function useCodeBlockHosts(root: RefObject<HTMLElement | null>, plan: BlockPlan): CodeBlockHost[] {
  const [hosts, setHosts] = useState<CodeBlockHost[]>([]);
  useEffect(() => {
    const element = root.current;
    if (!plan || plan.runnable.length === 0 || !element) return;
    let current: CodeBlockHost[] = [];
    const scan = () => {
      const blocks = element.querySelectorAll("pre");
      const found: CodeBlockHost[] = [];
      if (blocks.length === plan.blockCount) {
        for (const { index, language } of plan.runnable) {
          const pre = blocks[index]!;
          let host = pre.nextElementSibling;
          if (!(host instanceof HTMLElement) || host.getAttribute(HOST_ATTRIBUTE) !== String(index)) {
            host = pre.ownerDocument.createElement("div");
            host.setAttribute(HOST_ATTRIBUTE, String(index));
            pre.after(host);
          }
          found.push({ index, language, element: host as HTMLElement });
        }
      }
      const same = found.length === current.length && found.every((host, i) => host.element === current[i]!.element);
      if (!same) setHosts((current = found));
    };
    scan();
    const observer = new MutationObserver(scan);
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      current.forEach((host) => host.element.remove());
      setHosts([]);
    };
  }, [root, plan]);
  return hosts;
}
