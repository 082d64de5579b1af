'use client';

import { Alert, Button } from '@storeloom/ui';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** Why the last page (or a refresh) failed; the rows already shown stay. */
  error: string | null;
}

/** The foot of a keyset-paged table: "Load more" while there is more, and a failed page's reason. */
export function LoadMore({ hasMore, loading, onLoadMore, error }: LoadMoreProps) {
  return (
    <>
      {hasMore && (
        <div className="flex justify-center border-t border-border px-4 py-3">
          <Button variant="secondary" size="sm" loading={loading} onClick={onLoadMore}>
            Load more
          </Button>
        </div>
      )}
      {error !== null && (
        <div className="px-4 pb-4">
          <Alert tone="danger">{error}</Alert>
        </div>
      )}
    </>
  );
}
