import { Badge, statusLabel, type Tone } from '@storeloom/ui';

import type { EmailStatus } from '~/lib/email-outbox-filters';

const tones: Record<EmailStatus, Tone> = {
  queued: 'neutral',
  sending: 'info',
  sent: 'success',
  failed: 'danger',
};

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  return (
    <Badge tone={tones[status]} dot>
      {statusLabel(status)}
    </Badge>
  );
}
