import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type UIEvent } from "react";

// Within this many pixels of the bottom counts as "reading the latest".
const NEAR_BOTTOM_PX = 80;
// A scroll event this soon after the reader's own wheel, touch, key or scrollbar drag is theirs.
const READER_SCROLL_MS = 1_000;
const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

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
  // When the reader last scrolled by hand (wheel, touch, keys, scrollbar): only that unpins. Scroll
  // events also come from our own scrolling arriving after more of the reply came in, and from the
  // browser's scroll anchoring when a message is replaced; neither means "I am reading above".
  const readerScrolledAt = useRef(-Infinity);
  const noteReaderScroll = useCallback(() => void (readerScrolledAt.current = performance.now()), []);

  const scrollToEnd = useCallback(() => {
    const node = element.current;
    if (!node || !pinned.current) return;
    node.scrollTop = node.scrollHeight;
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
    const nearBottom = node.scrollHeight - node.scrollTop - node.clientHeight <= NEAR_BOTTOM_PX;
    if (nearBottom) pinned.current = true;
    else if (performance.now() - readerScrolledAt.current < READER_SCROLL_MS) pinned.current = false;
    setAwayFromBottom(!pinned.current);
  }, []);

  const jumpToBottom = useCallback(() => {
    pinned.current = true;
    setAwayFromBottom(false);
    scrollToEnd();
    element.current?.focus({ preventScroll: true }); // the button goes away: keep the keyboard in the thread
  }, [scrollToEnd]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<T>) => void (SCROLL_KEYS.has(event.key) && noteReaderScroll()),
    [noteReaderScroll],
  );
  const container = {
    ref,
    onScroll,
    onWheel: noteReaderScroll,
    onTouchMove: noteReaderScroll,
    onPointerDown: noteReaderScroll,
    onKeyDown,
  };
  return { container, awayFromBottom, jumpToBottom };
}
