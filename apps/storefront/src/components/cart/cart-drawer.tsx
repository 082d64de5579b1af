'use client';

import { ButtonLink, CloseIcon, cn } from '@storeloom/ui';
import dynamic from 'next/dynamic';
import { Link } from '~/components/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef } from 'react';

import { useCartDrawer } from './cart-drawer-provider';
import { CartSkeleton } from './cart-skeleton';
import { useCartCount } from './latest-cart';
import { useAnnouncer } from './use-announcer';

/**
 * The drawer's contents (lines, quantity steppers, codes and their validation, and the API client
 * they use) load when it first opens: every page carries the drawer, and most views never open it.
 */
const CartDrawerBody = dynamic(
  () => import('./cart-drawer-island').then((module) => module.CartDrawerIsland),
  {
    ssr: false,
    loading: () => (
      <div className="flex-1 overflow-y-auto px-5 py-4">
        <CartSkeleton lines={2} />
      </div>
    ),
  },
);

export interface CartDrawerProps {
  /** The store's locale, for money. */
  locale: string;
  /** The item count the server rendered, shown until the page learns a newer one. */
  serverCount: number;
}

/**
 * The cart in a panel from the right, over the page. A native modal <dialog>: the browser traps
 * focus, makes the page inert and closes on Escape; focus goes back to what opened it.
 */
export function CartDrawer({ locale, serverCount }: CartDrawerProps) {
  const { isOpen, close } = useCartDrawer();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const { message, announce } = useAnnouncer();
  const count = useCartCount(serverCount);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (isOpen && !dialog.open) {
      openerRef.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // The page behind stays put while the cart scrolls.
      document.documentElement.style.overflow = 'hidden';
    }
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  // Following a link in the drawer (a product, "View cart") leaves the drawer behind.
  const pathname = usePathname();
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    close();
  }, [pathname, close]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-modal="true"
      onClose={() => {
        // Escape closes the dialog itself; keep the shared state in step.
        close();
        document.documentElement.style.overflow = '';
        if (openerRef.current?.isConnected === true) openerRef.current.focus();
      }}
      onClick={(event) => {
        // The panel fills the dialog, so a click on the dialog itself is on the backdrop.
        if (event.target === event.currentTarget) close();
      }}
      className={cn(
        'fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-full max-w-md border-0 bg-surface p-0 text-foreground shadow-2xl',
        'backdrop:bg-zinc-950/40',
        // Slides in from the right; `transition-discrete` keeps it visible while it slides out.
        'translate-x-full transition-[translate,overlay,display] transition-discrete duration-300 ease-out open:translate-x-0 starting:open:translate-x-full motion-reduce:transition-none',
      )}
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-4 border-b border-border px-5 py-4">
          <h2
            id={titleId}
            ref={headingRef}
            tabIndex={-1}
            className="text-lg font-semibold tracking-tight focus:outline-none"
          >
            Your cart
            {count > 0 && (
              <span className="ml-2 text-sm font-normal text-muted-foreground">
                ({count === 1 ? '1 item' : `${String(count)} items`})
              </span>
            )}
          </h2>
          <button
            type="button"
            aria-label="Close cart"
            onClick={close}
            className="-mr-2 inline-flex size-9 items-center justify-center rounded-md text-muted-foreground hover:bg-surface-muted hover:text-foreground"
          >
            <CloseIcon className="size-5" />
          </button>
        </div>

        {isOpen && (
          <CartDrawerBody
            locale={locale}
            onAnnounce={announce}
            onLineRemoved={() => headingRef.current?.focus()}
            onNavigate={close}
            viewCart={
              <ButtonLink
                href="/cart"
                linkComponent={Link}
                variant="secondary"
                size="lg"
                className="w-full"
                onClick={close}
              >
                View cart
              </ButtonLink>
            }
          />
        )}
        <p role="status" className="sr-only">
          {message}
        </p>
      </div>
    </dialog>
  );
}
