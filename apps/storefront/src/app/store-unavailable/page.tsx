import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { StoreUnavailable } from '~/components/store-unavailable';
import { offlineStoreName } from '~/server/offline-store';

// Reached through the proxy's rewrite, which has already set the 503 status and Retry-After.

export async function generateMetadata(): Promise<Metadata> {
  const name = await offlineStoreName();
  return {
    title: name === null ? 'Unavailable' : `${name} is temporarily unavailable`,
    robots: { index: false },
  };
}

export default async function StoreUnavailablePage() {
  const name = await offlineStoreName();
  if (name === null) notFound();
  return <StoreUnavailable storeName={name} />;
}
