'use client';

import { cn } from '@storeloom/ui';
import { Link } from '~/components/link';
import { usePathname } from 'next/navigation';

import { SignOutButton } from './sign-out-button';

const links = [
  { href: '/account', label: 'Overview', exact: true },
  { href: '/account/orders', label: 'Orders', exact: false },
  { href: '/account/addresses', label: 'Addresses', exact: false },
] as const;

/** The account's sections; the current one is marked for sight and for screen readers. */
export function AccountNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Account" className="flex gap-1 overflow-x-auto lg:flex-col">
      {links.map((link) => {
        const current = link.exact
          ? pathname === link.href
          : pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? 'page' : undefined}
            className={cn(
              'rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap text-muted-foreground hover:bg-surface-muted hover:text-foreground',
              current && 'bg-surface-muted text-foreground',
            )}
          >
            {link.label}
          </Link>
        );
      })}
      <SignOutButton className="justify-start px-3 py-2 text-sm lg:mt-4" />
    </nav>
  );
}
