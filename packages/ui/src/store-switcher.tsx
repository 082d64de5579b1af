import { Avatar } from './avatar';
import { cn } from './cn';
import { CheckIcon, ChevronDownIcon } from './icons';
import type { LinkComponent } from './link-component';

export interface StoreSwitcherStore {
  id: string;
  name: string;
  /** Where choosing this store leads, e.g. a route that sets the active store. */
  href: string;
  /** Second line, e.g. the store's domain. */
  detail?: string;
  logoUrl?: string | null;
}

export interface StoreSwitcherProps {
  stores: StoreSwitcherStore[];
  currentId: string;
  linkComponent?: LinkComponent;
  className?: string;
}

function StoreRow({ store }: { store: StoreSwitcherStore }) {
  return (
    <>
      <Avatar name={store.name} src={store.logoUrl} size="sm" shape="square" decorative />
      <span className="min-w-0 flex-1 text-left">
        <span className="block truncate text-sm font-medium text-foreground">{store.name}</span>
        {store.detail !== undefined && (
          <span className="block truncate text-xs text-subtle-foreground">{store.detail}</span>
        )}
      </span>
    </>
  );
}

/**
 * Current store with a list of the others. Built on <details> so it opens without client JS;
 * with a single store it is a plain label.
 */
export function StoreSwitcher({
  stores,
  currentId,
  linkComponent: Link = 'a',
  className,
}: StoreSwitcherProps) {
  const current = stores.find((store) => store.id === currentId) ?? stores[0];
  if (current === undefined) return null;
  const rowClass = 'flex w-full items-center gap-2 rounded-md px-2 py-1.5';

  if (stores.length === 1) {
    return (
      <div className={cn(rowClass, className)}>
        <StoreRow store={current} />
      </div>
    );
  }

  return (
    <details className={cn('group relative', className)}>
      <summary
        className={cn(
          rowClass,
          'cursor-pointer list-none border border-border bg-surface shadow-xs hover:bg-surface-muted [&::-webkit-details-marker]:hidden',
        )}
      >
        <span className="sr-only">Switch store. Current store: </span>
        <StoreRow store={current} />
        <ChevronDownIcon className="size-4 shrink-0 text-subtle-foreground transition-transform group-open:rotate-180" />
      </summary>
      <ul className="absolute inset-x-0 top-full z-30 mt-1 max-h-72 overflow-y-auto rounded-lg border border-border bg-surface p-1 shadow-lg">
        {stores.map((store) => {
          const isCurrent = store.id === current.id;
          return (
            <li key={store.id}>
              <Link
                href={store.href}
                aria-current={isCurrent ? 'true' : undefined}
                className={cn(rowClass, 'hover:bg-surface-muted')}
              >
                <StoreRow store={store} />
                {isCurrent && <CheckIcon className="size-4 shrink-0 text-accent" />}
              </Link>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
