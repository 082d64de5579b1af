'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type LinkProps = ComponentProps<typeof NextLink>;

/**
 * `next/link` that prefetches when the shopper reaches for a link (pointer over it, a touch,
 * keyboard focus) rather than when it scrolls into view. A product grid, the category menu and
 * the footer put dozens of links on screen; prefetching all of them on a phone costs more
 * main-thread time and bandwidth than the page itself, and most are never followed. Use this
 * instead of `next/link` everywhere in the storefront; `prefetch={false}` turns it off entirely.
 */
export function Link({ prefetch, href, onMouseEnter, onTouchStart, onFocus, ...props }: LinkProps) {
  const router = useRouter();
  const path = typeof href === 'string' && href.startsWith('/') ? href : null;
  const prefetchOnIntent = () => {
    if (prefetch !== false && path !== null) router.prefetch(path);
  };

  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetchOnIntent();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        prefetchOnIntent();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        prefetchOnIntent();
        onFocus?.(event);
      }}
    />
  );
}
