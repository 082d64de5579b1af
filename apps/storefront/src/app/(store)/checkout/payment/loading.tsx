import { Skeleton } from '@storeloom/ui';

/** The payment page's heading and form area while the order is looked up. */
export default function PaymentLoading() {
  return (
    <main
      aria-busy="true"
      aria-label="Loading payment"
      className="mx-auto w-full max-w-xl px-4 py-8 sm:px-6 lg:py-12"
    >
      <Skeleton className="h-4 w-24" />
      <Skeleton className="mt-2 h-8 w-48" />
      <Skeleton className="mt-6 h-48 w-full rounded-lg" />
    </main>
  );
}
