import type { ReactNode } from 'react';

import { cn } from './cn';
import type { LinkComponent } from './link-component';

export interface TabLinkItem {
  href: string;
  label: string;
  /** Trailing figure, e.g. how many rows the filter holds. */
  count?: ReactNode;
  /** The current view (`aria-current="page"`). */
  active?: boolean;
}

export interface TabLinksProps {
  /** Names the navigation for assistive tech, e.g. "Filter runs by status". */
  label: string;
  items: TabLinkItem[];
  /** e.g. `next/link`; defaults to a plain anchor. */
  linkComponent?: LinkComponent;
  /** Spacing belongs to the caller: `px-2` inside a card, a margin under a page header. */
  className?: string;
}

/**
 * A row of tab-styled links: filters or sub-pages that live in the URL. They are links, not ARIA
 * tabs, because each one is a page you can open, share and go back to.
 */
export function TabLinks({ label, items, linkComponent: Link = 'a', className }: TabLinksProps) {
  return (
    <nav
      aria-label={label}
      className={cn('flex gap-1 overflow-x-auto border-b border-border', className)}
    >
      {items.map((item) => {
        const active = item.active === true;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              '-mb-px inline-flex h-10 shrink-0 items-center gap-1.5 border-b-2 px-2.5 text-sm font-medium whitespace-nowrap transition-colors',
              active
                ? 'border-accent text-foreground'
                : 'border-transparent text-muted-foreground hover:border-border-strong hover:text-foreground',
            )}
          >
            {item.label}
            {item.count != null && (
              <span
                className={cn(
                  'rounded-full px-1.5 text-xs tabular-nums',
                  active
                    ? 'bg-accent-soft text-foreground'
                    : 'bg-surface-muted text-subtle-foreground',
                )}
              >
                {item.count}
              </span>
            )}
          </Link>
        );
      })}
    </nav>
  );
}
