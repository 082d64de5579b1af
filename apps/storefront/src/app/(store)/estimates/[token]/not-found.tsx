import { ButtonLink, EmptyState, ReceiptIcon } from '@storeloom/ui';
import type { Metadata } from 'next';

import { Link } from '~/components/link';

export const metadata: Metadata = { title: 'Estimate not found', robots: { index: false } };

/**
 * A link that opens no estimate of this store (the proxy has already set 404). Says nothing
 * about why: an unknown link and another store's look the same.
 */
export default function EstimateNotFound() {
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-16 sm:px-6">
      <EmptyState
        titleAs="h1"
        icon={<ReceiptIcon />}
        title="Estimate not found"
        description="This link does not open an estimate. It may be incomplete, or the store may have sent you a newer one: use the link in the latest email, or contact the store."
        action={
          <ButtonLink href="/" linkComponent={Link}>
            Back to the store
          </ButtonLink>
        }
        className="rounded-lg border border-border bg-surface"
      />
    </main>
  );
}
