'use client';

import {
  UserSummary,
  type UserSummaryProps,
  AppShell,
  ListIcon,
  matchActiveHref,
  StoreSwitcher,
  type AppShellNavSection,
} from '@storeloom/ui';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

import { Brand } from './brand';

export interface WorkspaceShellProps {
  store: { id: string; name: string; role: string };
  user: UserSummaryProps;
  /** Controls after the user, e.g. the sign-out button. */
  userMenu?: ReactNode;
  children: ReactNode;
}

const items = [{ href: '/', label: 'Pages', icon: <ListIcon /> }];
const hrefs = items.map((item) => item.href);

/**
 * The builder's frame outside the editor: page list and, later, templates. The editor itself
 * uses BuilderShell, a full-viewport layout. Client-side only to mark the active item.
 */
export function WorkspaceShell({ store, user, userMenu, children }: WorkspaceShellProps) {
  const active = matchActiveHref(usePathname(), hrefs);
  const nav: AppShellNavSection[] = [
    { items: items.map((item) => ({ ...item, active: item.href === active })) },
  ];

  return (
    <AppShell
      brand={<Brand />}
      nav={nav}
      linkComponent={Link}
      // One store: the switcher renders it as a plain label with the member's role underneath.
      sidebarTop={
        <StoreSwitcher
          stores={[{ id: store.id, name: store.name, href: '/', detail: store.role }]}
          currentId={store.id}
        />
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
