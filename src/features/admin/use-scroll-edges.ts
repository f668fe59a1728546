import { useEffect, useRef, useState } from "react";

export type ScrollEdges = { left: boolean; right: boolean };

/**
 * Whether a horizontally scrolling box has more to show on either side, so
 * it can say so (edge shadows, a hint): a cut-off column must not look like
 * the table's end.
 */
export function useScrollEdges<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [edges, setEdges] = useState<ScrollEdges>({ left: false, right: false });

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const left = box.scrollLeft > 1;
      const right = box.scrollLeft + box.clientWidth < box.scrollWidth - 1;
      setEdges((current) => (current.left === left && current.right === right ? current : { left, right }));
    };
    measure();
    // Absent outside browsers (jsdom): the edges are then measured once.
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    box.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer?.disconnect();
      box.removeEventListener("scroll", measure);
    };
  }, []);

  return { ref, edges };
}
