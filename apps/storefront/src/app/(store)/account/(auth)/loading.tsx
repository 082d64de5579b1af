import { Skeleton } from '@storeloom/ui';

/** The sign-in panels' shape while the page loads. */
export default function AuthLoading() {
  return (
    <main
      aria-busy="true"
      aria-label="Loading"
      className="mx-auto w-full max-w-md px-4 py-12 sm:py-16"
    >
      <div className="space-y-5 rounded-xl border border-border bg-surface p-6 sm:p-8">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-10 w-full" />
      </div>
    </main>
  );
}
