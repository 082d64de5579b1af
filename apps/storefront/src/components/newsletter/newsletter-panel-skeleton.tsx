import { Skeleton } from '@storeloom/ui';

/** Shown while a newsletter page loads: the shape of NewsletterPanel. */
export function NewsletterPanelSkeleton() {
  return (
    <main
      aria-busy="true"
      aria-label="Loading"
      className="mx-auto w-full max-w-xl px-4 py-12 sm:px-6 sm:py-16"
    >
      <div className="rounded-2xl border border-border bg-surface p-6 shadow-xs sm:p-10">
        <Skeleton className="mb-6 size-12 rounded-xl" />
        <Skeleton className="h-7 w-2/3" />
        <Skeleton className="mt-4 h-4 w-full" />
        <Skeleton className="mt-2 h-4 w-5/6" />
        <Skeleton className="mt-6 h-10 w-40" />
      </div>
    </main>
  );
}
