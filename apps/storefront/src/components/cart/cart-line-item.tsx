'use client';

import { errorMessage } from '@storeloom/client';
import { Button, cn, ImageIcon, Money, Spinner, TrashIcon, useHydrated } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';
import Image from 'next/image';
import { Link } from '~/components/link';
import { useId, useState } from 'react';

import { skipImageOptimiser } from '~/lib/media-src';
import { productHref } from '~/lib/product-cards';
import { useTRPC } from '~/trpc/react';

import { CartLineIssues } from './cart-line-issues';
import type { CartLine } from './cart-types';
import { QuantityStepper } from './quantity-stepper';
import { cartMutationScope, useCartCache } from './use-cart-cache';
import { withLineQuantity } from './with-line-quantity';

/** Units of one variant a line may hold (the API's limit). */
const MAX_LINE_QUANTITY = 999;

export interface CartLineItemProps {
  line: CartLine;
  currency: string;
  locale: string;
  /** Says what happened, politely, for screen readers. */
  onAnnounce: (message: string) => void;
  /** After the line is gone: focus moves somewhere that still exists. */
  onRemoved: () => void;
  /** Following the product link (the drawer closes). */
  onNavigate?: () => void;
}

/**
 * One line: picture, name, variant, unit price, quantity, remove and line total. Quantity
 * changes show at once and are reconciled with the server's answer; a refusal puts the old
 * quantity back and says why under the line.
 */
export function CartLineItem({
  line,
  currency,
  locale,
  onAnnounce,
  onRemoved,
  onNavigate,
}: CartLineItemProps) {
  const trpc = useTRPC();
  const cache = useCartCache();
  const id = useId();
  const [typingError, setTypingError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const href = productHref(line.productSlug);
  // The label repeats the product title for plain variants ("Default"): nothing to show then.
  const variantTitle = line.label === line.productTitle ? null : line.variantTitle;

  const update = useMutation(
    trpc.storefront.cart.updateLine.mutationOptions({
      scope: cartMutationScope,
      onMutate: ({ quantity }) =>
        cache.change((cart) => withLineQuantity(cart, line.variantId, quantity)),
      onSuccess: async (cart, { quantity }) => {
        onAnnounce(`${line.label}: quantity ${String(quantity)}`);
        await cache.settle(cart);
      },
      onError: (_error, _input, snapshot) => cache.restore(snapshot),
    }),
  );
  const remove = useMutation(
    trpc.storefront.cart.removeLine.mutationOptions({
      scope: cartMutationScope,
      onSuccess: async (cart) => {
        onAnnounce(`Removed ${line.label} from your cart`);
        onRemoved();
        await cache.settle(cart);
      },
      // Gone already (another tab) or refused: show the cart as the server has it now.
      onError: () => cache.restore(undefined),
    }),
  );

  const error =
    typingError ??
    (update.isError ? errorMessage(update.error) : null) ??
    (remove.isError ? errorMessage(remove.error) : null);
  const atStockLimit =
    line.available !== null && line.available > 0 && line.quantity === line.available;
  const notesId = line.issues.length > 0 || error !== null ? `${id}-notes` : undefined;
  const changeQuantity = (quantity: number) => {
    setTypingError(null);
    update.mutate({ variantId: line.variantId, quantity });
  };

  return (
    <li
      className={cn('flex gap-4 py-5', (remove.isPending || !line.included) && 'opacity-60')}
      aria-busy={remove.isPending || update.isPending || undefined}
    >
      <Link
        href={href}
        onClick={onNavigate}
        tabIndex={-1}
        aria-hidden="true"
        className="relative size-20 shrink-0 overflow-hidden rounded-md border border-border bg-surface-muted sm:size-24"
      >
        {line.image !== null ? (
          <Image
            src={line.image.url}
            alt=""
            fill
            sizes="96px"
            unoptimized={skipImageOptimiser(line.image.url)}
            className="object-cover"
          />
        ) : (
          <span className="flex size-full items-center justify-center text-subtle-foreground">
            <ImageIcon className="size-6" />
          </span>
        )}
      </Link>

      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 className="text-sm font-medium text-foreground">
              <Link href={href} onClick={onNavigate} className="hover:underline">
                {line.productTitle}
              </Link>
            </h3>
            {variantTitle !== null && (
              <p className="mt-0.5 text-sm text-muted-foreground">{variantTitle}</p>
            )}
            <p className="mt-0.5 text-sm text-muted-foreground">
              <Money amountMinor={line.unitPrice} currency={currency} locale={locale} /> each
            </p>
          </div>
          <p
            className={cn(
              'shrink-0 text-right text-sm font-medium text-foreground transition-opacity',
              update.isPending && 'opacity-50',
            )}
          >
            <span className="sr-only">Line total: </span>
            <Money amountMinor={line.subtotal} currency={currency} locale={locale} />
            {line.discountAmount > 0 && (
              <span className="block text-xs font-normal text-emerald-700">
                −<Money amountMinor={line.discountAmount} currency={currency} locale={locale} />{' '}
                discount
              </span>
            )}
          </p>
        </div>

        <div className="mt-3 flex flex-wrap items-center gap-3">
          <QuantityStepper
            id={`${id}-quantity`}
            itemLabel={line.label}
            quantity={line.quantity}
            max={Math.min(line.available ?? MAX_LINE_QUANTITY, MAX_LINE_QUANTITY)}
            describedBy={notesId}
            invalid={error !== null}
            onChange={changeQuantity}
            onInvalid={setTypingError}
          />
          <Button
            variant="ghost"
            size="sm"
            // Not `loading` (which disables): a disabled button would drop keyboard focus.
            aria-disabled={remove.isPending || undefined}
            disabled={!hydrated}
            className="text-muted-foreground"
            onClick={() => {
              if (remove.isPending) return;
              setTypingError(null);
              remove.mutate({ variantId: line.variantId });
            }}
          >
            {remove.isPending ? <Spinner size="sm" /> : <TrashIcon className="size-3.5" />}
            Remove<span className="sr-only"> {line.label}</span>
          </Button>
          {atStockLimit && (
            // Why "+" does nothing; a line above the stock has its own (red) notice instead.
            <span className="text-xs text-muted-foreground">Only {line.available} in stock</span>
          )}
        </div>

        {notesId !== undefined && (
          <CartLineIssues
            id={notesId}
            line={line}
            error={error}
            onLowerToAvailable={changeQuantity}
          />
        )}
      </div>
    </li>
  );
}
