import { Card, PageHeaderSkeleton, Skeleton, TableRowsSkeleton } from '@storeloom/ui';

/** An order's page while it loads: header, the lines, the customer and money cards. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-label="Loading">
      <PageHeaderSkeleton />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <TableRowsSkeleton rows={3} />
        </Card>
        <Card className="space-y-3 p-4">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-4 w-40" />
          ))}
        </Card>
      </div>
    </div>
  );
}
