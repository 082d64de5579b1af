import { Skeleton } from '@storeloom/ui';

/** The steps and the order summary, while the checkout is opened and priced. */
export default function CheckoutLoading() {
  return (
    <main
      aria-busy="true"
      aria-label="Loading checkout"
      className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:py-12"
    >
      <Skeleton className="mb-6 h-8 w-40" />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
        <div className="space-y-4">
          <Skeleton className="h-72 w-full rounded-lg" />
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} className="h-16 w-full rounded-lg" />
          ))}
        </div>
        <Skeleton className="order-first h-64 w-full rounded-lg lg:order-none" />
      </div>
    </main>
  );
}
