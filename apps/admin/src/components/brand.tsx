import { Wordmark } from '@storeloom/ui';
import Link from 'next/link';

/** Wordmark linking to the dashboard; the square takes the store's accent colour. */
export function Brand() {
  return <Wordmark linkComponent={Link} />;
}
