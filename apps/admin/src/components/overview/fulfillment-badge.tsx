import { Badge, statusLabel, type Tone } from '@storeloom/ui';

type FulfillmentStatus =
  | 'unfulfilled'
  | 'partially_fulfilled'
  | 'fulfilled'
  | 'delivered'
  | 'partially_returned'
  | 'returned';

// The shared StatusBadge covers order and payment states; fulfilment has its own set.
const tones: Record<FulfillmentStatus, Tone> = {
  unfulfilled: 'warning',
  partially_fulfilled: 'warning',
  fulfilled: 'success',
  delivered: 'success',
  partially_returned: 'neutral',
  returned: 'neutral',
};

export function FulfillmentBadge({ status }: { status: FulfillmentStatus }) {
  return (
    <Badge tone={tones[status]} dot>
      {statusLabel(status)}
    </Badge>
  );
}
