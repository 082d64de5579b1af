import Link from 'next/link';

/** Wordmark linking to the dashboard; the square takes the store's accent colour. */
export function Brand() {
  return (
    <Link
      href="/"
      className="flex items-center gap-2 rounded-md text-sm font-semibold tracking-tight text-foreground"
    >
      <span
        aria-hidden="true"
        className="flex size-6 items-center justify-center rounded-md bg-accent text-xs font-bold text-accent-foreground"
      >
        S
      </span>
      Storeloom
    </Link>
  );
}
