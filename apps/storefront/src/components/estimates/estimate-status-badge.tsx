import { Badge, type Tone } from '@storeloom/ui';

import type { PublicEstimateStatus } from './estimate-types';

// Written for the customer: a converted estimate is one they accepted.
const statuses: Record<PublicEstimateStatus, { label: string; tone: Tone }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  sent: { label: 'Awaiting your answer', tone: 'info' },
  accepted: { label: 'Accepted', tone: 'success' },
  converted: { label: 'Accepted', tone: 'success' },
  declined: { label: 'Declined', tone: 'neutral' },
  expired: { label: 'Expired', tone: 'warning' },
};

export function EstimateStatusBadge({ status }: { status: PublicEstimateStatus }) {
  const { label, tone } = statuses[status];
  return (
    <Badge tone={tone} dot>
      <span className="sr-only">Status: </span>
      {label}
    </Badge>
  );
}
