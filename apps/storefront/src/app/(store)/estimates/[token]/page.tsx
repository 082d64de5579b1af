import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { EstimateView } from '~/components/estimates/estimate-view';
import { loadCurrentStore } from '~/lib/current-store';

import { loadEstimate } from './load-estimate';

interface EstimatePageProps {
  params: Promise<{ token: string }>;
}

/**
 * A private link: never indexed, and its token is not sent on as a Referer when the customer
 * follows a link out of the page.
 */
export async function generateMetadata({ params }: EstimatePageProps): Promise<Metadata> {
  const [result, estimate] = await Promise.all([
    loadCurrentStore(),
    params.then(({ token }) => loadEstimate(token)),
  ]);
  const title = estimate === null ? 'Estimate' : `Estimate #${estimate.number}`;
  return {
    title: result.kind === 'ok' ? `${title} · ${result.store.name}` : title,
    robots: { index: false, follow: false },
    referrer: 'no-referrer',
  };
}

/**
 * The page the store's "estimate sent" email links to (`/estimates/<token>`): anyone with the
 * link may read and answer it, no account needed. A link that opens nothing on this store is a
 * 404 (the proxy settles the status first, see server/missing-page.ts).
 */
export default async function EstimatePage({ params }: EstimatePageProps) {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  const { token } = await params;
  const estimate = await loadEstimate(token);
  if (estimate === null) notFound();

  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 lg:py-12">
      <EstimateView
        estimate={estimate}
        token={token}
        storeName={result.store.name}
        locale={result.store.locale}
      />
    </main>
  );
}
