'use client';

import { CartIcon, useHydrated } from '@storeloom/ui';
import { Link } from '~/components/link';
import { usePathname } from 'next/navigation';

import { useCartDrawer } from './cart-drawer-provider';
import { useCartCount } from './latest-cart';

export interface CartButtonProps {
  /** The count the server rendered, shown until the page learns a newer one. */
  initialCount: number;
  className?: string;
}

const CART_PATH = '/cart';

/**
 * The header's cart: a link to /cart (what works without JavaScript, or in a new tab) that
 * opens the drawer instead when clicked. Its count follows every cart the page receives (add to
 * cart, the drawer's changes), without the query cache.
 */
export function CartButton({ initialCount, className }: CartButtonProps) {
  const { isOpen, open } = useCartDrawer();
  // On the cart page itself the drawer would only repeat the page; before hydration the link
  // is just a link.
  const hydrated = useHydrated();
  const pathname = usePathname();
  const opensDrawer = hydrated && pathname !== CART_PATH;
  const count = useCartCount(initialCount);
  const itemsText = count === 1 ? ' (1 item)' : ` (${String(count)} items)`;

  return (
    <Link
      href={CART_PATH}
      aria-haspopup={opensDrawer ? 'dialog' : undefined}
      aria-expanded={opensDrawer ? isOpen : undefined}
      className={className}
      onClick={(event) => {
        const newTab = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
        if (!opensDrawer || newTab || event.button !== 0) return;
        event.preventDefault();
        open();
      }}
    >
      <CartIcon className="size-[18px]" />
      {/* Visible text and accessible name stay the same words, so voice control finds it. */}
      <span className="sr-only sm:not-sr-only">Cart</span>
      <span className="sr-only">{itemsText}</span>
      {count > 0 && (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 inline-flex min-w-[18px] items-center justify-center rounded-full bg-accent px-1 text-[11px] leading-[18px] font-semibold text-accent-foreground tabular-nums sm:static sm:ml-0.5"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
