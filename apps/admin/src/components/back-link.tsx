import { ArrowLeftIcon } from '@storeloom/ui';
import Link from 'next/link';
import type { ReactNode } from 'react';

/** The line above a detail page's title that leads back to its list. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="inline-flex items-center gap-1 hover:text-foreground">
      <ArrowLeftIcon className="size-3.5" />
      {children}
    </Link>
  );
}
