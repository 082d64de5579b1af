import { Badge, type Tone } from '@storeloom/ui';

type PageStatus = 'draft' | 'published' | 'archived';

const tones: Record<PageStatus, Tone> = {
  draft: 'neutral',
  published: 'success',
  archived: 'warning',
};
const labels: Record<PageStatus, string> = {
  draft: 'Draft',
  published: 'Published',
  archived: 'Archived',
};

export function PageStatusBadge({ status }: { status: PageStatus }) {
  return (
    <Badge tone={tones[status]} dot>
      {labels[status]}
    </Badge>
  );
}
