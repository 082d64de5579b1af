'use client';

import { errorMessage } from '@storeloom/client';
import { Alert, Button } from '@storeloom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type SubmitEvent, useId, useRef, useState } from 'react';

import { useCartDrawer } from '~/components/cart/cart-drawer-provider';
import { cartMutationScope } from '~/components/cart/use-cart-cache';
import { useHydrated } from '~/components/cart/use-hydrated';
import { useTRPC } from '~/trpc/react';

import type { DetailVariant } from './product-view-model';
import { QuantityField } from './quantity-field';
import { checkQuantity, maxQuantityFor } from './quantity-rules';

export interface AddToCartFormProps {
  productTitle: string;
  /** Null when the chosen combination does not exist. */
  variant: DetailVariant | null;
}

/** The API's own words when it answered; a network failure gets one the shopper can act on. */
function failureMessage(error: unknown): string {
  const answered = typeof error === 'object' && error !== null && 'data' in error && error.data;
  return answered
    ? errorMessage(error)
    : 'We could not reach the store. Check your connection and try again.';
}

function buttonLabel(variant: DetailVariant | null): string {
  if (variant === null) return 'Unavailable';
  return variant.inStock ? 'Add to cart' : 'Sold out';
}

/**
 * Quantity and "Add to cart". The quantity is checked here first (every wrong value gets its
 * message under the box); the server checks stock again, and what it refuses is shown above the
 * button. A successful add updates the cart everywhere and opens the drawer.
 */
export function AddToCartForm({ productTitle, variant }: AddToCartFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const drawer = useCartDrawer();
  const hydrated = useHydrated();
  const quantityId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [quantityText, setQuantityText] = useState('1');
  // Messages appear once the shopper has touched the box or tried to add, not on first paint.
  const [showQuantityError, setShowQuantityError] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const addLine = useMutation(
    trpc.storefront.cart.addLine.mutationOptions({
      // Queued behind any change the drawer is still sending, in the order the shopper made them.
      scope: cartMutationScope,
      onSuccess: (cart, input) => {
        queryClient.setQueryData(trpc.storefront.cart.get.queryKey(), cart);
        setAnnouncement(
          `Added ${String(input.quantity)} × ${productTitle}${variant === null ? '' : ` (${variant.title})`} to your cart.`,
        );
        drawer.open();
        // Not awaited: the button is free again as soon as the line is in.
        void queryClient.invalidateQueries({ queryKey: trpc.storefront.cart.get.queryKey() });
      },
    }),
  );

  const max = variant === null ? 0 : maxQuantityFor(variant);
  const check = checkQuantity(quantityText, max);
  const quantityError = showQuantityError && !check.ok && max > 0 ? check.message : null;
  const buyable = variant !== null && variant.inStock;
  // A refusal is about the variant it was for; choosing another one sets it aside.
  const refusal =
    addLine.error !== null && addLine.variables.variantId === variant?.id
      ? failureMessage(addLine.error)
      : null;

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!buyable) return;
    setShowQuantityError(true);
    if (!check.ok) {
      formRef.current?.querySelector<HTMLInputElement>('input[name="quantity"]')?.focus();
      return;
    }
    setAnnouncement('');
    addLine.mutate({ variantId: variant.id, quantity: check.quantity });
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      {buyable && (
        <QuantityField
          id={quantityId}
          value={quantityText}
          max={max}
          error={quantityError}
          disabled={!hydrated}
          onChange={(value) => {
            setQuantityText(value);
            setShowQuantityError(true);
            addLine.reset();
          }}
        />
      )}
      {refusal !== null && (
        <Alert tone="danger" title="Not added to your cart">
          {refusal}
        </Alert>
      )}
      <Button
        type="submit"
        size="lg"
        className="h-12 w-full text-base"
        disabled={!hydrated || !buyable}
        loading={addLine.isPending}
      >
        {addLine.isPending ? 'Adding…' : buttonLabel(variant)}
      </Button>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </form>
  );
}
