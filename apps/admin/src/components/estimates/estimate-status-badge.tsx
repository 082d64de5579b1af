import { Badge, statusLabel, type Tone } from '@storeloom/ui';

import type { EstimateStatusValue } from '~/lib/estimate-filters';

const tones: Record<EstimateStatusValue, Tone> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'success',
  declined: 'danger',
  converted: 'success',
  expired: 'warning',
};

export function EstimateStatusBadge({ status }: { status: EstimateStatusValue }) {
  return (
    <Badge tone={tones[status]} dot>
      {statusLabel(status)}
    </Badge>
  );
}
