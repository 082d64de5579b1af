import { ButtonLink, EmptyState, ReceiptIcon } from '@storeloom/ui';
import { Link } from '~/components/link';

/** An order that does not exist, or is someone else's: the same answer for both. */
export default function OrderNotFound() {
  return (
    <EmptyState
      titleAs="h1"
      icon={<ReceiptIcon />}
      title="Order not found"
      description="We could not find this order in your account. Check that you are signed in with the email you ordered with."
      action={
        <ButtonLink href="/account/orders" linkComponent={Link} variant="secondary">
          Your orders
        </ButtonLink>
      }
    />
  );
}
