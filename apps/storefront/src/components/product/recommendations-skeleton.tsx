import { Skeleton } from '@storeloom/ui';

/** Holds the place of a recommendation row while it loads, so the page does not jump. */
export function RecommendationsSkeleton({ title }: { title: string }) {
  return (
    <section aria-label={`${title}, loading`} aria-busy="true" className="mt-16">
      <Skeleton className="mb-6 h-7 w-56" />
      <div className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 sm:gap-x-6 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="space-y-3">
            <Skeleton className="aspect-square w-full rounded-lg" />
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-4 w-1/3" />
          </div>
        ))}
      </div>
    </section>
  );
}
