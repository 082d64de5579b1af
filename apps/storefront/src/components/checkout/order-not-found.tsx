import { ButtonLink, EmptyState, ReceiptIcon } from '@storeloom/ui';
import { Link } from '~/components/link';

/** An order this browser did not place (or no such order): nothing about it is shown. */
export function OrderNotFound() {
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
      <EmptyState
        titleAs="h1"
        icon={<ReceiptIcon />}
        title="Order not found"
        description="This confirmation opens only in the browser the order was placed from. If you have an account, your orders are listed there; the confirmation email has the details too."
        action={
          <>
            <ButtonLink href="/account/orders" linkComponent={Link} variant="secondary">
              Your orders
            </ButtonLink>
            <ButtonLink href="/" linkComponent={Link}>
              Continue shopping
            </ButtonLink>
          </>
        }
        className="rounded-lg border border-border bg-surface"
      />
    </main>
  );
}
