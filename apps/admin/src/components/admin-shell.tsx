'use client';

import {
  AppShell,
  Badge,
  BoxIcon,
  HomeIcon,
  matchActiveHref,
  ReceiptIcon,
  SettingsIcon,
  ShieldIcon,
  StoreSwitcher,
  UsersIcon,
  type AppShellNavSection,
  type StoreSwitcherStore,
} from '@storeloom/ui';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

import { Brand } from './brand';
import { StoreSwitchLink } from './store-switch-link';
import { UserSummary, type UserSummaryProps } from './user-summary';

export interface AdminShellProps {
  /** Stores the member belongs to; `href` comes from `switchStoreHref(id)`. */
  stores: StoreSwitcherStore[];
  currentStoreId: string;
  user: UserSummaryProps;
  /** Orders waiting for fulfilment, shown next to "Orders". */
  openOrderCount?: number;
  /** Controls after the user, e.g. a sign-out form. */
  userMenu?: ReactNode;
  /** Left side of the top bar, e.g. breadcrumbs. */
  topBarStart?: ReactNode;
  children: ReactNode;
}

const sections: { title?: string; items: { href: string; label: string; icon: ReactNode }[] }[] = [
  {
    items: [
      { href: '/', label: 'Dashboard', icon: <HomeIcon /> },
      { href: '/products', label: 'Products', icon: <BoxIcon /> },
      { href: '/orders', label: 'Orders', icon: <ReceiptIcon /> },
      { href: '/customers', label: 'Customers', icon: <UsersIcon /> },
    ],
  },
  {
    title: 'Store',
    items: [
      { href: '/settings', label: 'Settings', icon: <SettingsIcon /> },
      { href: '/team', label: 'Team', icon: <ShieldIcon /> },
    ],
  },
];

const hrefs = sections.flatMap((section) => section.items.map((item) => item.href));

/**
 * Merchant back-office frame. A client component only for `usePathname`: it lives in a layout,
 * which does not re-render on navigation, so the active item must be derived on the client.
 */
export function AdminShell({
  stores,
  currentStoreId,
  user,
  openOrderCount = 0,
  userMenu,
  topBarStart,
  children,
}: AdminShellProps) {
  const active = matchActiveHref(usePathname(), hrefs);
  const nav: AppShellNavSection[] = sections.map((section) => ({
    title: section.title,
    items: section.items.map((item) => ({
      ...item,
      active: item.href === active,
      badge:
        item.href === '/orders' && openOrderCount > 0 ? (
          <Badge aria-label={`${openOrderCount} open`}>{openOrderCount}</Badge>
        ) : undefined,
    })),
  }));

  return (
    <AppShell
      brand={<Brand />}
      nav={nav}
      linkComponent={Link}
      sidebarTop={
        <StoreSwitcher stores={stores} currentId={currentStoreId} linkComponent={StoreSwitchLink} />
      }
      topBarStart={topBarStart}
      topBarEnd={
        <>
          <UserSummary {...user} />
          {userMenu}
        </>
      }
    >
      {children}
    </AppShell>
  );
}
