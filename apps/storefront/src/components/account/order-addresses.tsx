import { addressSchema } from '@storeloom/validators';

import { AddressBlock } from '~/components/checkout/address-block';

import type { AccountOrder } from './account-types';

/** Orders keep a snapshot of each address as JSON; anything unreadable is simply not shown. */
function addressOf(value: unknown) {
  const parsed = addressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Where it goes, who pays, how to reach the shopper, and what they told the store. */
export function OrderAddresses({ order, locale }: { order: AccountOrder; locale: string }) {
  const shipping = addressOf(order.shippingAddress);
  const billing = addressOf(order.billingAddress);
  return (
    <section
      aria-label="Details"
      className="space-y-5 rounded-xl border border-border bg-surface p-5 text-sm sm:p-6"
    >
      <h2 className="text-base font-semibold">Details</h2>
      <div>
        <h3 className="font-medium">Contact</h3>
        <p className="mt-1 break-words text-muted-foreground">{order.email}</p>
        {order.phone !== null && <p className="text-muted-foreground">{order.phone}</p>}
      </div>
      {shipping !== null && (
        <div>
          <h3 className="mb-1 font-medium">Shipping address</h3>
          <AddressBlock address={shipping} locale={locale} />
        </div>
      )}
      {billing !== null && (
        <div>
          <h3 className="mb-1 font-medium">Billing address</h3>
          <AddressBlock address={billing} locale={locale} />
        </div>
      )}
      {order.customerNote !== null && (
        <div>
          <h3 className="font-medium">Your note</h3>
          <p className="mt-1 text-muted-foreground">{order.customerNote}</p>
        </div>
      )}
    </section>
  );
}
