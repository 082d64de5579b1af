import { Card } from './card';
import { Skeleton } from './skeleton';

/** Placeholder rows of a list table: thumbnail, name, status pill, date. */
export function TableRowsSkeleton({ label, rows = 6 }: { label?: string; rows?: number }) {
  return (
    // Busy only when labelled: inside ListPageSkeleton the page wrapper already announces it.
    <div
      aria-busy={label === undefined ? undefined : true}
      aria-label={label}
      className="divide-y divide-border"
    >
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="flex items-center gap-4 px-4 py-3">
          <Skeleton className="size-8 rounded-md" />
          <Skeleton className="h-4 flex-1" />
          <Skeleton className="h-5 w-16 rounded-full" />
          <Skeleton className="h-4 w-24" />
        </div>
      ))}
    </div>
  );
}

/** A list page while it loads (header, toolbar, table), inside an app's shell. */
export function ListPageSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading">
      <div className="mb-6 space-y-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <Card>
        <div className="border-b border-border p-4">
          <Skeleton className="h-8 w-full" />
        </div>
        <TableRowsSkeleton />
      </Card>
    </div>
  );
}

/** A detail page's header while it loads: the way back, the title, one line about it. */
export function PageHeaderSkeleton() {
  return (
    <div className="mb-6 space-y-2">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-7 w-56" />
      <Skeleton className="h-4 w-80 max-w-full" />
    </div>
  );
}
