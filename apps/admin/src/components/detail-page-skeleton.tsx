import { Card, PageHeaderSkeleton, Skeleton, TableRowsSkeleton } from '@storeloom/ui';

/** A detail page's loading.tsx: the header, a wide card of rows and a narrow card of facts. */
export function DetailPageSkeleton({ rows = 3, facts = 4 }: { rows?: number; facts?: number }) {
  return (
    <div aria-busy="true" aria-label="Loading">
      <PageHeaderSkeleton />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <TableRowsSkeleton rows={rows} />
        </Card>
        <Card className="space-y-3 p-4">
          {Array.from({ length: facts }, (_, index) => (
            <Skeleton key={index} className="h-4 w-40" />
          ))}
        </Card>
      </div>
    </div>
  );
}
