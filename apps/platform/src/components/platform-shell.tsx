'use client';

import {
  AppShell,
  Avatar,
  BuildingIcon,
  matchActiveHref,
  type AppShellNavSection,
} from '@storeloom/ui';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

import { Brand } from './brand';

export interface PlatformShellProps {
  operator: { name: string; email: string };
  /** Controls after the operator, e.g. a sign-out form. */
  userMenu?: ReactNode;
  children: ReactNode;
}

const items = [{ href: '/tenants', label: 'Tenants', icon: <BuildingIcon /> }];

const hrefs = items.map((item) => item.href);

/** Operator console frame; client-side only to mark the active item from the URL (it sits in a layout). */
export function PlatformShell({ operator, userMenu, children }: PlatformShellProps) {
  const active = matchActiveHref(usePathname(), hrefs);
  const nav: AppShellNavSection[] = [
    { items: items.map((item) => ({ ...item, active: item.href === active })) },
  ];

  return (
    <AppShell
      brand={<Brand />}
      nav={nav}
      linkComponent={Link}
      topBarEnd={
        <>
          <div className="flex items-center gap-2">
            <Avatar name={operator.name} size="sm" />
            <span className="hidden text-sm font-medium sm:inline">{operator.email}</span>
          </div>
          {userMenu}
        </>
      }
    >
      {children}
    </AppShell>
  );
}
