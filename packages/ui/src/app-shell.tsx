import type { ReactNode } from 'react';

import { cn } from './cn';
import type { LinkComponent } from './link-component';

export interface AppShellNavItem {
  href: string;
  label: string;
  /** 16px icon, coloured with the accent when active. */
  icon?: ReactNode;
  /** Marks the current section (`aria-current="page"`); see `matchActiveHref`. */
  active?: boolean;
  /** Trailing count or badge, e.g. unfulfilled orders. */
  badge?: ReactNode;
}

export interface AppShellNavSection {
  /** Optional small heading above a group of items. */
  title?: string;
  items: AppShellNavItem[];
}

export interface AppShellProps {
  /** Logo or product name, shown in the sidebar and in the top bar on small screens. */
  brand: ReactNode;
  nav: AppShellNavSection[];
  /** Above the nav, e.g. a StoreSwitcher. */
  sidebarTop?: ReactNode;
  /** Pinned to the bottom of the sidebar, e.g. help links. */
  sidebarBottom?: ReactNode;
  /** Left part of the top bar, e.g. breadcrumbs or search. */
  topBarStart?: ReactNode;
  /** Right part of the top bar, e.g. the user menu. */
  topBarEnd?: ReactNode;
  linkComponent?: LinkComponent;
  children: ReactNode;
}

function NavLink({
  item,
  Link,
  compact,
}: {
  item: AppShellNavItem;
  Link: LinkComponent;
  compact: boolean;
}) {
  const active = item.active === true;
  return (
    <Link
      href={item.href}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'flex h-8 items-center gap-2 rounded-md px-2 text-sm font-medium whitespace-nowrap transition-colors',
        '[&_svg]:size-4 [&_svg]:shrink-0',
        active
          ? 'bg-surface-muted text-foreground [&_svg]:text-accent'
          : 'text-muted-foreground hover:bg-surface-muted hover:text-foreground [&_svg]:text-subtle-foreground',
        compact && 'shrink-0',
      )}
    >
      {item.icon}
      <span className={cn(!compact && 'flex-1 truncate')}>{item.label}</span>
      {!compact && item.badge}
    </Link>
  );
}

/**
 * Admin layout: fixed sidebar on md+ screens, a scrollable nav row under the top bar below that.
 * No client JS: works as a server component, and items arrive as data with `active` precomputed.
 */
export function AppShell({
  brand,
  nav,
  sidebarTop,
  sidebarBottom,
  topBarStart,
  topBarEnd,
  linkComponent: Link = 'a',
  children,
}: AppShellProps) {
  const allItems = nav.flatMap((section) => section.items);
  return (
    <div className="min-h-dvh bg-background md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium shadow-md focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>

      <aside className="sticky top-0 hidden h-dvh flex-col border-r border-border bg-surface md:flex">
        <div className="flex h-14 shrink-0 items-center px-4">{brand}</div>
        {sidebarTop != null && <div className="px-3 pb-2">{sidebarTop}</div>}
        <nav aria-label="Main" className="flex-1 space-y-4 overflow-y-auto px-3 py-2">
          {nav.map((section, index) => (
            <div key={section.title ?? index} className="space-y-0.5">
              {section.title !== undefined && (
                <p className="px-2 pb-1 text-xs font-medium text-subtle-foreground">
                  {section.title}
                </p>
              )}
              {section.items.map((item) => (
                <NavLink key={item.href} item={item} Link={Link} compact={false} />
              ))}
            </div>
          ))}
        </nav>
        {sidebarBottom != null && <div className="border-t border-border p-3">{sidebarBottom}</div>}
      </aside>

      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-20 flex h-14 shrink-0 items-center gap-4 border-b border-border bg-surface/90 px-4 backdrop-blur md:px-6">
          <div className="shrink-0 md:hidden">{brand}</div>
          <div className="flex min-w-0 flex-1 items-center gap-3">{topBarStart}</div>
          {topBarEnd != null && <div className="flex shrink-0 items-center gap-2">{topBarEnd}</div>}
        </header>
        <nav
          aria-label="Main"
          className="flex gap-1 overflow-x-auto border-b border-border bg-surface px-2 py-1.5 md:hidden"
        >
          {allItems.map((item) => (
            <NavLink key={item.href} item={item} Link={Link} compact />
          ))}
        </nav>
        <main
          id="main"
          tabIndex={-1}
          className="flex-1 px-4 py-6 focus:outline-none md:px-8 md:py-8"
        >
          <div className="mx-auto w-full max-w-7xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
