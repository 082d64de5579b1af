import { UserIcon } from '@storeloom/ui';
import { Link } from '~/components/link';

import { CartButton } from './cart/cart-button';
import { CategoryNav, type CategoryNavItem } from './category-nav';
import { SearchBox } from './search/search-box';
import { StoreBrand } from './store-brand';

export interface StoreHeaderProps {
  /** `locale` formats the prices in search suggestions. */
  store: { name: string; logoUrl?: string | null; locale?: string };
  categories: CategoryNavItem[];
  /** Items in the cart as the server rendered it; the button then follows the cart query. */
  cartCount: number;
  /** Current search, echoed into the box on the results page. */
  searchQuery?: string;
  /** Signed-in shopper's first name; otherwise the account link reads "Sign in". */
  customerName?: string | null;
}

const iconLink =
  'relative inline-flex h-9 items-center gap-2 rounded-md px-2.5 text-sm font-medium text-foreground hover:bg-surface-muted';

export function StoreHeader({
  store,
  categories,
  cartCount,
  searchQuery,
  customerName,
}: StoreHeaderProps) {
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-surface/95 backdrop-blur">
      <div className="mx-auto flex h-16 w-full max-w-7xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex min-w-0 shrink-0 items-center gap-2.5 rounded-md">
          <StoreBrand name={store.name} logoUrl={store.logoUrl} />
        </Link>

        <SearchBox
          id="store-search"
          query={searchQuery}
          locale={store.locale}
          className="mx-auto hidden w-full max-w-md md:block"
        />

        <div className="ml-auto flex shrink-0 items-center gap-1 md:ml-0">
          <Link href="/account" className={iconLink}>
            <UserIcon className="size-4" />
            <span className="hidden sm:inline">{customerName ?? 'Sign in'}</span>
            <span className="sr-only sm:hidden">Account</span>
          </Link>
          <CartButton initialCount={cartCount} className={iconLink} />
        </div>
      </div>

      <div className="mx-auto w-full max-w-7xl space-y-2 px-4 pb-2 sm:px-6">
        <SearchBox
          id="store-search-mobile"
          query={searchQuery}
          locale={store.locale}
          className="md:hidden"
        />
        <CategoryNav categories={categories} />
      </div>
    </header>
  );
}
