import { Avatar, CartIcon, cn, SearchIcon, UserIcon } from '@storeloom/ui';
import Form from 'next/form';
import Link from 'next/link';

import { CategoryNav, type CategoryNavItem } from './category-nav';

export interface StoreHeaderProps {
  store: { name: string; logoUrl?: string | null };
  categories: CategoryNavItem[];
  /** Items in the cart; the badge hides at zero. */
  cartCount: number;
  /** Current search, echoed into the box on the results page. */
  searchQuery?: string;
  /** Signed-in shopper's first name; otherwise the account link reads "Sign in". */
  customerName?: string | null;
}

const iconLink =
  'relative inline-flex h-9 items-center gap-2 rounded-md px-2.5 text-sm font-medium text-foreground hover:bg-surface-muted';

function SearchBox({ query, className }: { query: string | undefined; className?: string }) {
  return (
    // next/form: a GET form that navigates client-side and still works without JS.
    <Form action="/search" role="search" className={cn('relative', className)}>
      <label htmlFor="store-search" className="sr-only">
        Search products
      </label>
      <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-subtle-foreground" />
      <input
        id="store-search"
        name="q"
        type="search"
        defaultValue={query}
        placeholder="Search products"
        autoComplete="off"
        className="h-9 w-full rounded-full border border-border bg-surface-muted pr-4 pl-9 text-sm text-foreground placeholder:text-subtle-foreground focus-visible:border-accent focus-visible:bg-surface focus-visible:ring-3 focus-visible:ring-accent/20 focus-visible:outline-hidden"
      />
    </Form>
  );
}

export function StoreHeader({
  store,
  categories,
  cartCount,
  searchQuery,
  customerName,
}: StoreHeaderProps) {
  const cartLabel = cartCount === 1 ? 'Cart, 1 item' : `Cart, ${cartCount} items`;
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-surface/95 backdrop-blur">
      <div className="mx-auto flex h-16 w-full max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex min-w-0 shrink-0 items-center gap-2.5 rounded-md">
          <Avatar
            name={store.name}
            src={store.logoUrl}
            shape="square"
            colorClassName="bg-accent text-accent-foreground"
            decorative
          />
          <span className="truncate text-base font-semibold tracking-tight">{store.name}</span>
        </Link>

        <SearchBox query={searchQuery} className="mx-auto hidden w-full max-w-md md:block" />

        <div className="ml-auto flex shrink-0 items-center gap-1 md:ml-0">
          <Link href="/account" className={iconLink}>
            <UserIcon className="size-4" />
            <span className="hidden sm:inline">{customerName ?? 'Sign in'}</span>
            <span className="sr-only sm:hidden">Account</span>
          </Link>
          <Link href="/cart" aria-label={cartLabel} className={iconLink}>
            <CartIcon className="size-[18px]" />
            <span className="hidden sm:inline">Cart</span>
            {cartCount > 0 && (
              <span
                aria-hidden="true"
                className="absolute -top-0.5 -right-0.5 inline-flex min-w-[18px] items-center justify-center rounded-full bg-accent px-1 text-[11px] leading-[18px] font-semibold text-accent-foreground tabular-nums sm:static sm:ml-0.5"
              >
                {cartCount > 99 ? '99+' : cartCount}
              </span>
            )}
          </Link>
        </div>
      </div>

      <div className="mx-auto w-full max-w-7xl space-y-2 px-4 pb-2 sm:px-6">
        <SearchBox query={searchQuery} className="md:hidden" />
        <CategoryNav categories={categories} />
      </div>
    </header>
  );
}
