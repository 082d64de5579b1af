import { NotFoundScreen } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';

import { StoreNotFound } from '~/components/store-not-found';
import { unmatchedHost } from '~/server/offline-store';

export const metadata: Metadata = { title: 'Not found' };

/** Hosts are echoed back; one that long is not a real domain, so it is shortened. */
const MAX_HOST_SHOWN = 80;

export default async function NotFound() {
  // One file serves both cases: the proxy sends unknown hosts here, and any store's missing page.
  const host = await unmatchedHost();
  if (host !== null) {
    const shown = host.length > MAX_HOST_SHOWN ? `${host.slice(0, MAX_HOST_SHOWN)}…` : host;
    return <StoreNotFound host={shown || 'this address'} />;
  }

  return (
    <NotFoundScreen
      linkComponent={Link}
      description="The page you are looking for does not exist or has moved."
      homeLabel="Back to the store"
    />
  );
}
