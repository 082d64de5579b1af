import { Skeleton } from '@storeloom/ui';

/** The cart's shape while it loads; one status line tells assistive tech what is happening. */
export function CartSkeleton({ lines = 2 }: { lines?: number }) {
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        Loading your cart
      </p>
      <ul className="divide-y divide-border">
        {Array.from({ length: lines }, (_, index) => (
          <li key={index} className="flex gap-4 py-5">
            <Skeleton className="size-20 shrink-0 sm:size-24" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="mt-3 h-9 w-32" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
