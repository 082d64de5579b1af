import { Alert, ButtonLink, CartIcon, EmptyState } from '@storeloom/ui';
import { Link } from '~/components/link';

/** No cart, or nothing in it: nothing to check out, and the way back to the products. */
export function CheckoutEmptyCart() {
  return (
    <EmptyState
      icon={<CartIcon />}
      title="Your cart is empty"
      description="Add something you like to your cart, then come back here to check out."
      action={
        <ButtonLink href="/" linkComponent={Link} size="lg">
          Continue shopping
        </ButtonLink>
      }
      className="rounded-lg border border-border bg-surface"
    />
  );
}

/** Something in the cart blocks checkout (sold out, withdrawn, a code that no longer applies). */
export function CheckoutBlocked({ reason }: { reason: string }) {
  return (
    <Alert
      tone="danger"
      title="Your cart needs attention before checkout"
      actions={
        <ButtonLink href="/cart" linkComponent={Link} variant="secondary">
          Review the cart
        </ButtonLink>
      }
    >
      {reason}
    </Alert>
  );
}
