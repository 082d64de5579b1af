'use client';

import {
  UserSummary,
  type UserSummaryProps,
  AppShell,
  BoxIcon,
  HomeIcon,
  ListIcon,
  MailIcon,
  matchActiveHref,
  ReceiptIcon,
  ShieldIcon,
  StoreSwitcher,
  type AppShellNavSection,
  type StoreSwitcherStore,
  UsersIcon,
  WorkflowIcon,
} from '@storeloom/ui';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

import { Brand } from './brand';
import { CommandSearch } from './command-search/command-search';
import { StoreSwitchLink } from './store-switch-link';

export interface AdminShellProps {
  /** Stores the member belongs to; `href` comes from `switchStoreHref(id)`. */
  stores: StoreSwitcherStore[];
  currentStoreId: string;
  user: UserSummaryProps;
  /** Controls after the user, e.g. a sign-out form. */
  userMenu?: ReactNode;
  /** Left side of the top bar, e.g. breadcrumbs. */
  topBarStart?: ReactNode;
  children: ReactNode;
}

// Only pages that exist; each area joins the navigation when its pages ship.
const sections: { title?: string; items: { href: string; label: string; icon: ReactNode }[] }[] = [
  { items: [{ href: '/', label: 'Dashboard', icon: <HomeIcon /> }] },
  { title: 'Catalog', items: [{ href: '/products', label: 'Products', icon: <BoxIcon /> }] },
  {
    title: 'Sales',
    items: [
      { href: '/orders', label: 'Orders', icon: <ReceiptIcon /> },
      { href: '/estimates', label: 'Estimates', icon: <ListIcon /> },
      { href: '/customers', label: 'Customers', icon: <UsersIcon /> },
    ],
  },
  {
    title: 'Activity',
    items: [
      { href: '/workflows', label: 'Workflows', icon: <WorkflowIcon /> },
      { href: '/emails', label: 'Emails', icon: <MailIcon /> },
    ],
  },
  { title: 'Store', items: [{ href: '/team', label: 'Team', icon: <ShieldIcon /> }] },
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
  userMenu,
  topBarStart,
  children,
}: AdminShellProps) {
  const active = matchActiveHref(usePathname(), hrefs);
  const nav: AppShellNavSection[] = sections.map((section) => ({
    title: section.title,
    items: section.items.map((item) => ({ ...item, active: item.href === active })),
  }));

  return (
    <AppShell
      brand={<Brand />}
      nav={nav}
      linkComponent={Link}
      sidebarTop={
        <StoreSwitcher stores={stores} currentId={currentStoreId} linkComponent={StoreSwitchLink} />
      }
      topBarStart={
        <>
          {topBarStart}
          <CommandSearch />
        </>
      }
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
