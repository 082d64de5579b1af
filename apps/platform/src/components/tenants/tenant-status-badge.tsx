import { Badge, StatusBadge } from '@storeloom/ui';

import type { TenantStatusFilter } from '~/lib/tenant-filters';

/** The shared StatusBadge knows active and suspended; closed stores are shown as neutral. */
export function TenantStatusBadge({ status }: { status: TenantStatusFilter }) {
  if (status === 'closed') {
    return (
      <Badge tone="neutral" dot>
        Closed
      </Badge>
    );
  }
  return <StatusBadge kind="tenant" status={status} />;
}
