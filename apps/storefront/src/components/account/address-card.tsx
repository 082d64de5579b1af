import { Badge, Button } from '@storeloom/ui';

import { AddressBlock, addressOfSaved } from '~/components/checkout/address-block';

import type { SavedAddress } from './account-types';

export interface AddressCardProps {
  address: SavedAddress;
  locale: string;
  busy: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onMakeDefault: (kind: 'shipping' | 'billing') => void;
}

/** One saved address with its defaults and what can be done with it. */
export function AddressCard({
  address,
  locale,
  busy,
  onEdit,
  onDelete,
  onMakeDefault,
}: AddressCardProps) {
  return (
    <div className="flex h-full flex-col gap-4">
      {(address.isDefaultShipping || address.isDefaultBilling) && (
        <div className="flex flex-wrap gap-1.5">
          {address.isDefaultShipping && <Badge tone="info">Default shipping</Badge>}
          {address.isDefaultBilling && <Badge tone="info">Default billing</Badge>}
        </div>
      )}
      <AddressBlock address={addressOfSaved(address)} locale={locale} />
      <div className="mt-auto flex flex-wrap gap-2">
        {/* Every card has these buttons: the hidden part tells them apart for screen readers. */}
        <Button variant="secondary" size="sm" disabled={busy} onClick={onEdit}>
          Edit<span className="sr-only"> {address.line1}</span>
        </Button>
        <Button variant="ghost" size="sm" disabled={busy} onClick={onDelete}>
          Delete<span className="sr-only"> {address.line1}</span>
        </Button>
        {!address.isDefaultShipping && (
          <Button
            variant="ghost"
            size="sm"
            disabled={busy}
            onClick={() => onMakeDefault('shipping')}
          >
            Make default shipping<span className="sr-only"> ({address.line1})</span>
          </Button>
        )}
        {!address.isDefaultBilling && (
          <Button
            variant="ghost"
            size="sm"
            disabled={busy}
            onClick={() => onMakeDefault('billing')}
          >
            Make default billing<span className="sr-only"> ({address.line1})</span>
          </Button>
        )}
      </div>
    </div>
  );
}
