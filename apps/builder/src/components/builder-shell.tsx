import { ArrowLeftIcon, Badge, cn } from '@storeloom/ui';
import Link from 'next/link';
import type { ReactNode } from 'react';

export interface BuilderShellProps {
  storeName: string;
  pageTitle: string;
  /** Published pages are live; a draft badge reminds the merchant that changes are not public yet. */
  status: 'draft' | 'published';
  /** Where "back" leads, usually the page list. */
  backHref?: string;
  /** Centre of the top bar: undo/redo, viewport switcher. */
  toolbar?: ReactNode;
  /** Right of the top bar: preview, publish. */
  actions?: ReactNode;
  /** Left panel: sections and blocks to add, page outline. */
  library?: ReactNode;
  /** Right panel: properties of the selected block. */
  inspector?: ReactNode;
  /** The canvas. */
  children: ReactNode;
}

const panel = 'hidden min-h-0 overflow-y-auto border-border bg-surface lg:block';

/**
 * Full-viewport editor frame: top bar, block library, canvas, inspector. The panels scroll on
 * their own so the canvas keeps its position while the merchant edits properties.
 */
export function BuilderShell({
  storeName,
  pageTitle,
  status,
  backHref = '/pages',
  toolbar,
  actions,
  library,
  inspector,
  children,
}: BuilderShellProps) {
  return (
    <div className="grid h-dvh grid-rows-[3.5rem_minmax(0,1fr)] bg-background">
      <header className="flex items-center gap-3 border-b border-border bg-surface px-3">
        <Link
          href={backHref}
          aria-label="Back to pages"
          className="inline-flex size-8 items-center justify-center rounded-md text-muted-foreground hover:bg-surface-muted hover:text-foreground"
        >
          <ArrowLeftIcon />
        </Link>
        <div className="min-w-0">
          <p className="truncate text-xs text-subtle-foreground">{storeName}</p>
          <h1 className="flex items-center gap-2 truncate text-sm font-semibold text-foreground">
            {pageTitle}
            <Badge tone={status === 'published' ? 'success' : 'neutral'} dot>
              {status === 'published' ? 'Published' : 'Draft'}
            </Badge>
          </h1>
        </div>
        <div className="flex flex-1 items-center justify-center gap-1">{toolbar}</div>
        <div className="flex shrink-0 items-center gap-2">{actions}</div>
      </header>

      <div className="grid min-h-0 grid-cols-1 lg:grid-cols-[16rem_minmax(0,1fr)_18rem]">
        <aside aria-label="Blocks" className={cn(panel, 'border-r')}>
          {library}
        </aside>
        <main className="min-h-0 overflow-auto p-6">{children}</main>
        <aside aria-label="Properties" className={cn(panel, 'border-l')}>
          {inspector}
        </aside>
      </div>
    </div>
  );
}
