import { Badge, Wordmark } from '@storeloom/ui';
import Link from 'next/link';

/** Wordmark linking to the page list; the square takes the store's accent colour. */
export function Brand() {
  return (
    <Wordmark linkComponent={Link}>
      <Badge tone="info">Builder</Badge>
    </Wordmark>
  );
}
