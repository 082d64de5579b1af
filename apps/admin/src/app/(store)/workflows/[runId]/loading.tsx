import { Card, PageHeaderSkeleton, Skeleton, TableRowsSkeleton } from '@storeloom/ui';

/** A run's page while it loads: header, the facts card, the steps. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading">
      <PageHeaderSkeleton />
      <Card className="grid gap-4 p-4 sm:grid-cols-3">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="space-y-2">
            <Skeleton className="h-3 w-20" />
            <Skeleton className="h-4 w-32" />
          </div>
        ))}
      </Card>
      <Card className="mt-4">
        <TableRowsSkeleton rows={3} />
      </Card>
    </div>
  );
}
