import type { StoreRole } from '@storeloom/auth/roles';
import { Badge, type Tone } from '@storeloom/ui';

import { roleLabels } from '~/lib/roles';

const tones: Record<StoreRole, Tone> = {
  owner: 'info',
  admin: 'info',
  staff: 'neutral',
  viewer: 'neutral',
};

export function RoleBadge({ role }: { role: StoreRole }) {
  return <Badge tone={tones[role]}>{roleLabels[role]}</Badge>;
}
