import { Badge, statusLabel, type Tone } from '@storeloom/ui';
import type { ProductStatus } from '@storeloom/validators';

const tones: Record<ProductStatus, Tone> = {
  active: 'success',
  draft: 'neutral',
  archived: 'warning',
};

/** Active products sell on the storefront; drafts and archived ones do not. */
export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  return (
    <Badge tone={tones[status]} dot>
      {statusLabel(status)}
    </Badge>
  );
}
