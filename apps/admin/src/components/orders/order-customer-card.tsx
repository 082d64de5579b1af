import type { RouterOutputs } from '@storeloom/api';
import { Card, CardContent, CardHeader, CardTitle } from '@storeloom/ui';
import { addressSchema } from '@storeloom/validators';
import { useId } from 'react';

import { AddressLines } from '~/components/address-lines';

import { customerName } from './customer-name';

type Order = RouterOutputs['orders']['get'];

/** The address snapshot; one that does not parse (old or hand-made data) is not shown. */
function ShippingAddress({ value }: { value: unknown }) {
  const parsed = addressSchema.safeParse(value);
  if (!parsed.success) return <p className="text-muted-foreground">No address</p>;
  return <AddressLines address={parsed.data} />;
}

/** Who ordered and where it goes. */
export function OrderCustomerCard({ order }: { order: Order }) {
  const titleId = useId();
  const name = customerName(order.customer);
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Customer</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <div>
          <p className="font-medium">{name ?? (order.customer === null ? 'Guest' : 'No name')}</p>
          <p className="break-words text-muted-foreground">{order.email}</p>
          {order.phone !== null && <p className="text-muted-foreground">{order.phone}</p>}
        </div>
        <div>
          <h3 className="text-xs font-medium text-muted-foreground">Shipping address</h3>
          <div className="mt-1">
            <ShippingAddress value={order.shippingAddress} />
          </div>
          {order.shippingMethodName !== null && (
            <p className="mt-1 text-muted-foreground">{order.shippingMethodName}</p>
          )}
        </div>
        {order.customerNote !== null && (
          <div>
            <h3 className="text-xs font-medium text-muted-foreground">Note from the customer</h3>
            <p className="mt-1 whitespace-pre-line">{order.customerNote}</p>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
