import { useCallback, useLayoutEffect, useRef, useState, type UIEvent } from "react";

// Within this many pixels of the bottom counts as "reading the latest".
const NEAR_BOTTOM_PX = 80;

/**
 * Keeps a scroll container pinned to its bottom as content grows (a
 * streaming reply) or the container shrinks (a notice above the composer),
 * unless the reader has scrolled up to read older messages; then
 * `awayFromBottom` is true (the thread offers a "Jump to latest" button) and
 * `jumpToBottom` pins it again. Spread `container` onto the element:
 * `<div {...stick.container}>`.
 */
export function useStickToBottom<T extends HTMLElement>(content: unknown) {
  const element = useRef<T | null>(null);
  const pinned = useRef(true);
  // State only for the button: it changes when the reader crosses the threshold, not on every scroll event.
  const [awayFromBottom, setAwayFromBottom] = useState(false);

  const frame = useRef(0);

  const scrollToEnd = useCallback(() => {
    if (element.current && pinned.current) element.current.scrollTop = element.current.scrollHeight;
  }, []);

  // After a render: in the next frame's animation callbacks, which run before
  // that frame paints (so nothing jumps), rather than inside React's commit,
  // where reading scrollHeight forces a layout and delays the new content
  // reaching the DOM (a cache hit must be on screen within 3 ms).
  const scrollToEndBeforePaint = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(scrollToEnd);
  }, [scrollToEnd]);

  useLayoutEffect(scrollToEndBeforePaint, [content, scrollToEndBeforePaint]);

  // A callback ref: the container mounts only once messages exist (React 19 runs the returned cleanup on unmount).
  const ref = useCallback(
    (node: T | null) => {
      element.current = node;
      if (!node) return;
      scrollToEndBeforePaint();
      // Resize callbacks run after layout and before paint: scrolling there is immediate and cheap.
      const observer = new ResizeObserver(scrollToEnd);
      observer.observe(node);
      return () => {
        observer.disconnect();
        cancelAnimationFrame(frame.current);
      };
    },
    [scrollToEnd, scrollToEndBeforePaint],
  );

  const onScroll = useCallback((event: UIEvent<T>) => {
    const node = event.currentTarget;
    pinned.current = node.scrollHeight - node.scrollTop - node.clientHeight <= NEAR_BOTTOM_PX;
    setAwayFromBottom(!pinned.current);
  }, []);

  const jumpToBottom = useCallback(() => {
    pinned.current = true;
    setAwayFromBottom(false);
    scrollToEnd();
    element.current?.focus({ preventScroll: true }); // the button goes away: keep the keyboard in the thread
  }, [scrollToEnd]);

  return { container: { ref, onScroll }, awayFromBottom, jumpToBottom };
}
