import { Button, ButtonLink } from '@storeloom/ui';
import { Link } from '~/components/link';
import { useId } from 'react';

import type { CartView } from './cart-types';

export interface CheckoutButtonProps {
  cart: CartView;
  onNavigate?: () => void;
}

/** Why checkout waits, in the order the shopper can act on it. */
function blockedReason(cart: CartView): string {
  const blockedLine = cart.lines.some((line) => line.issues.some((issue) => issue.blocking));
  if (blockedLine) return 'Change the items marked in red to check out.';
  if (cart.rejectedCodes.length > 0) {
    return 'Remove the discount codes that no longer apply to check out.';
  }
  return 'Nothing in your cart can be bought right now.';
}

/** To checkout, or, while the server says the cart cannot be bought, why not. */
export function CheckoutButton({ cart, onNavigate }: CheckoutButtonProps) {
  const reasonId = useId();
  if (cart.canCheckout) {
    return (
      <ButtonLink
        href="/checkout"
        linkComponent={Link}
        size="lg"
        className="w-full"
        onClick={onNavigate}
      >
        Checkout
      </ButtonLink>
    );
  }
  return (
    <div className="space-y-2">
      <Button size="lg" className="w-full" disabled aria-describedby={reasonId}>
        Checkout
      </Button>
      <p id={reasonId} className="text-center text-xs font-medium text-red-700">
        {blockedReason(cart)}
      </p>
    </div>
  );
}
