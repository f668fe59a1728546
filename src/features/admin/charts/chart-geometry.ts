// One plot size for every chart, so they line up in the grid. The viewBox
// scales with the container; the numbers are SVG user units, not pixels.
export const WIDTH = 640;
export const HEIGHT = 220;
export const MARGIN = { top: 12, right: 16, bottom: 34, left: 78 } as const;
export const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
export const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;

/** Swatch/series classes (colours in admin.css), cycled when there are more series. */
const SERIES_CLASSES = ["series-1", "series-2", "series-3", "series-4", "series-5", "series-6"] as const;

export function seriesClass(index: number): string {
  return SERIES_CLASSES[index % SERIES_CLASSES.length]!;
}
