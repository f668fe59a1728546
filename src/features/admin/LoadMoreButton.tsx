import type { PaginationStatus } from "convex/react";

type LoadMoreButtonProps = { status: PaginationStatus; onLoadMore: () => void; label: string; testId: string };

/** "Load more" under a paginated table, while Convex says there is more (disabled while a page loads). */
export function LoadMoreButton({ status, onLoadMore, label, testId }: LoadMoreButtonProps) {
  if (status !== "CanLoadMore" && status !== "LoadingMore") return null;
  const loading = status === "LoadingMore";
  return (
    <button type="button" className="button load-more" onClick={onLoadMore} disabled={loading} data-testid={testId}>
      {loading ? "Loading…" : label}
    </button>
  );
}
