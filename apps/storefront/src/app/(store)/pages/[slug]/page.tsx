import { leadsWithPageHeading } from '@storeloom/blocks';
import { ButtonLink, EmptyState, InfoIcon } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';
import { notFound } from 'next/navigation';

import { BuilderPage, readPublishedDocument } from '~/blocks/builder-page';
import { loadPageBySlug } from '~/blocks/load-published-page';
import { pageHref } from '~/blocks/page-links';
import { loadCurrentStore } from '~/lib/current-store';
import { canonicalUrl } from '~/lib/seo/canonical-url';

interface ContentPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ContentPageProps): Promise<Metadata> {
  const current = await loadCurrentStore();
  if (current.kind !== 'ok') return { robots: { index: false } };
  const { store } = current;
  const page = await loadPageBySlug((await params).slug);
  if (page === null) return { title: `Page not found — ${store.name}`, robots: { index: false } };
  const title = page.seoTitle ?? page.title;
  const description = page.seoDescription ?? undefined;
  return {
    title: `${title} — ${store.name}`,
    description,
    alternates: { canonical: await canonicalUrl(pageHref(page.slug)) },
    openGraph: { title, description, siteName: store.name, type: 'website' },
  };
}

/** A page the merchant published in the builder (About us, FAQ, a landing page). */
export default async function ContentPage({ params }: ContentPageProps) {
  const current = await loadCurrentStore();
  // The layout has already handled both cases; this narrows the type.
  if (current.kind !== 'ok') notFound();
  // The proxy has already answered 404 for a page that is not published; this covers one
  // unpublished since, and renders the not-found page below.
  const page = await loadPageBySlug((await params).slug);
  if (page === null) notFound();

  const document = readPublishedDocument(page);
  const ownHeading = leadsWithPageHeading(document);
  return (
    <main>
      {!ownHeading && (
        // Content pages are mostly reading text (About, FAQ, policies): the title sits on its column.
        <header className="mx-auto w-full max-w-3xl px-4 pt-12 sm:px-6 sm:pt-16">
          <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
            {page.title}
          </h1>
        </header>
      )}
      {document.blocks.length === 0 ? (
        <EmptyState
          icon={<InfoIcon />}
          title="Nothing here yet"
          description="This page has no content at the moment. Please check back soon."
          action={
            <ButtonLink href="/" linkComponent={Link} variant="secondary">
              Back to the store
            </ButtonLink>
          }
          className="py-20"
        />
      ) : (
        <BuilderPage page={page} document={document} store={current.store} />
      )}
    </main>
  );
}
