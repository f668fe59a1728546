import { useCallback, useLayoutEffect, useRef, type UIEvent } from "react";

// Within this many pixels of the bottom counts as "reading the latest".
const NEAR_BOTTOM_PX = 80;

/**
 * Keeps a scroll container pinned to its bottom as content grows (a
 * streaming reply) or the container shrinks (a notice above the composer),
 * unless the reader has scrolled up to read older messages.
 * Spread the result onto the container: `<div {...stick}>`.
 */
export function useStickToBottom<T extends HTMLElement>(content: unknown) {
  const element = useRef<T | null>(null);
  const pinned = useRef(true);

  const scrollToEnd = useCallback(() => {
    if (element.current && pinned.current) element.current.scrollTop = element.current.scrollHeight;
  }, []);

  useLayoutEffect(scrollToEnd, [content, scrollToEnd]);

  // A callback ref: the container mounts only once messages exist (React 19 runs the returned cleanup on unmount).
  const ref = useCallback(
    (node: T | null) => {
      element.current = node;
      if (!node) return;
      scrollToEnd();
      const observer = new ResizeObserver(scrollToEnd);
      observer.observe(node);
      return () => observer.disconnect();
    },
    [scrollToEnd],
  );

  const onScroll = useCallback((event: UIEvent<T>) => {
    const node = event.currentTarget;
    pinned.current = node.scrollHeight - node.scrollTop - node.clientHeight <= NEAR_BOTTOM_PX;
  }, []);

  return { ref, onScroll };
}
