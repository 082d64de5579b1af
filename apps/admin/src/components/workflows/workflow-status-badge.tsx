import { Badge, statusLabel, type Tone } from '@storeloom/ui';
import type { WorkflowRunStatusValue } from '@storeloom/validators';

// Steps share the run's words (a step is completed, failed, sleeping or waiting).
const tones: Record<WorkflowRunStatusValue, Tone> = {
  queued: 'neutral',
  running: 'info',
  sleeping: 'neutral',
  waiting: 'warning',
  completed: 'success',
  failed: 'danger',
  cancelled: 'neutral',
};

export function WorkflowStatusBadge({ status }: { status: WorkflowRunStatusValue }) {
  return (
    <Badge tone={tones[status]} dot>
      {statusLabel(status)}
    </Badge>
  );
}
