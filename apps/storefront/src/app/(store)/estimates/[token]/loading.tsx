import { Skeleton } from '@storeloom/ui';

/** The estimate's layout while it is looked up (instead of the store's product-grid one). */
export default function EstimateLoading() {
  return (
    <main
      aria-busy="true"
      aria-label="Loading the estimate"
      className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:py-12"
    >
      <div className="space-y-6">
        <div className="space-y-2">
          <Skeleton className="h-4 w-48" />
          <Skeleton className="h-8 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
        </div>
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <Skeleton className="h-72 w-full rounded-xl" />
          <div className="space-y-6">
            <Skeleton className="h-48 w-full rounded-xl" />
            <Skeleton className="h-40 w-full rounded-xl" />
          </div>
        </div>
      </div>
    </main>
  );
}
