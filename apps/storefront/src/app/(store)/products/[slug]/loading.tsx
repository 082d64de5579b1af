import { Skeleton } from '@storeloom/ui';

/** The product page's shape (gallery beside the buy box) while the product loads. */
export default function Loading() {
  return (
    <main
      aria-busy="true"
      aria-label="Loading product"
      className="mx-auto w-full max-w-7xl px-4 py-8 sm:px-6"
    >
      <Skeleton className="mb-6 h-4 w-64" />
      <div className="grid gap-8 lg:grid-cols-2 lg:gap-12">
        <div className="space-y-4">
          <Skeleton className="aspect-square w-full rounded-xl" />
          <div className="flex gap-3">
            {Array.from({ length: 4 }, (_, index) => (
              <Skeleton key={index} className="size-16 rounded-lg sm:size-20" />
            ))}
          </div>
        </div>
        <div className="space-y-6">
          <div className="space-y-3">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-9 w-3/4" />
          </div>
          <Skeleton className="h-8 w-32" />
          <Skeleton className="h-4 w-20" />
          <div className="flex gap-2">
            {Array.from({ length: 3 }, (_, index) => (
              <Skeleton key={index} className="h-10 w-14" />
            ))}
          </div>
          <Skeleton className="h-11 w-36" />
          <Skeleton className="h-12 w-full" />
        </div>
      </div>
    </main>
  );
}
