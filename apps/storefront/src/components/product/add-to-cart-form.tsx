'use client';

import { Alert, Button, useHydrated } from '@storeloom/ui';
import { type SubmitEvent, useId, useRef, useState } from 'react';

import { useCartDrawer } from '~/components/cart/cart-drawer-provider';

import type { DetailVariant } from './product-view-model';
import { QuantityField } from './quantity-field';
import { checkQuantity, maxQuantityFor } from './quantity-rules';
import { useAddToCart } from './use-add-to-cart';

export interface AddToCartFormProps {
  productTitle: string;
  /** Null when the chosen combination does not exist. */
  variant: DetailVariant | null;
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
  const drawer = useCartDrawer();
  const hydrated = useHydrated();
  const quantityId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [quantityText, setQuantityText] = useState('1');
  // Messages appear once the shopper has touched the box or tried to add, not on first paint.
  const [showQuantityError, setShowQuantityError] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const addToCart = useAddToCart({
    onAdded: (added, quantity) => {
      setAnnouncement(`Added ${String(quantity)} × ${productTitle} (${added.title}) to your cart.`);
      drawer.open();
    },
  });

  const max = variant === null ? 0 : maxQuantityFor(variant);
  const check = checkQuantity(quantityText, max);
  const quantityError = showQuantityError && !check.ok && max > 0 ? check.message : null;
  const buyable = variant !== null && variant.inStock;
  // A refusal is about the variant it was for; choosing another one sets it aside.
  const refusal = addToCart.refusalFor(variant?.id);

  function onSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!buyable) return;
    setShowQuantityError(true);
    if (!check.ok) {
      formRef.current?.querySelector<HTMLInputElement>('input[name="quantity"]')?.focus();
      return;
    }
    setAnnouncement('');
    void addToCart.add(variant, check.quantity);
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
            addToCart.clearRefusal();
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
        loading={addToCart.adding}
      >
        {addToCart.adding ? 'Adding…' : buttonLabel(variant)}
      </Button>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </form>
  );
}
