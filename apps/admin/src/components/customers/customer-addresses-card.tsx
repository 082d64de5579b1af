import type { RouterOutputs } from '@storeloom/api';
import { Badge, Card, CardContent, CardHeader, CardTitle } from '@storeloom/ui';
import { useId } from 'react';

import { AddressLines } from '~/components/address-lines';

type SavedAddress = RouterOutputs['customers']['get']['addresses'][number];

/** The customer's own address book, defaults first; they edit it in their store account. */
export function CustomerAddressesCard({ addresses }: { addresses: SavedAddress[] }) {
  const titleId = useId();
  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Addresses</CardTitle>
      </CardHeader>
      <CardContent className="text-sm">
        {addresses.length === 0 ? (
          <p className="text-muted-foreground">No saved addresses.</p>
        ) : (
          <ul className="space-y-4">
            {addresses.map((address) => (
              <li key={address.id} className="space-y-1">
                {(address.isDefaultShipping || address.isDefaultBilling) && (
                  <p className="flex flex-wrap gap-1">
                    {address.isDefaultShipping && <Badge>Default shipping</Badge>}
                    {address.isDefaultBilling && <Badge>Default billing</Badge>}
                  </p>
                )}
                <AddressLines address={address} />
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
