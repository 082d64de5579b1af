import type { ReactNode } from 'react';

import type { LinkComponent } from './link-component';

export interface WordmarkProps {
  /** `next/link` in the apps, so going home stays a client navigation. */
  linkComponent: LinkComponent;
  /** Names the app after the wordmark, e.g. a "Builder" badge. */
  children?: ReactNode;
}

/** Storeloom wordmark linking home; the square takes the store's accent colour. */
export function Wordmark({ linkComponent: Link, children }: WordmarkProps) {
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
      {children}
    </Link>
  );
}
