import { Skeleton } from '@storeloom/ui';

/** The confirmation's layout while the order is looked up. */
export default function ConfirmationLoading() {
  return (
    <main
      aria-busy="true"
      aria-label="Loading your order"
      className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:py-12"
    >
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
        <div className="space-y-6">
          <Skeleton className="h-12 w-2/3" />
          <Skeleton className="h-28 w-full rounded-lg" />
          <Skeleton className="h-48 w-full rounded-lg" />
        </div>
        <Skeleton className="h-64 w-full rounded-lg" />
      </div>
    </main>
  );
}
