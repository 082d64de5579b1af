import { Card, Skeleton } from '@storeloom/ui';

/** One email's page while it loads: header, a facts card, the message frame. */
export function EmailPageSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading">
      <div className="mb-6 space-y-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-7 w-72 max-w-full" />
        <Skeleton className="h-4 w-56" />
      </div>
      <Card className="space-y-3 p-4">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-4 w-64" />
      </Card>
      <Card className="mt-4 p-4">
        <Skeleton className="h-96 w-full" />
      </Card>
    </div>
  );
}
