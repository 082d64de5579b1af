import { leadsWithPageHeading } from '@storeloom/blocks';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { BuilderPage, readPublishedDocument } from '~/blocks/builder-page';
import { loadHomePage } from '~/blocks/load-published-page';
import { loadCurrentStore } from '~/lib/current-store';
import { canonicalUrl } from '~/lib/seo/canonical-url';

import { NewArrivals } from './_home/new-arrivals';

/** Cursors are product ids (cuid); anything else is ignored rather than sent to the API. */
const CURSOR_SHAPE = /^[a-z0-9]{1,64}$/i;

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function cursorFrom(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && CURSOR_SHAPE.test(value) ? value : undefined;
}

export async function generateMetadata({ searchParams }: HomePageProps): Promise<Metadata> {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') return { robots: { index: false } };
  const { name } = result.store;
  const continuing = cursorFrom((await searchParams).cursor) !== undefined;
  const home = continuing ? null : await loadHomePage();
  const title = home?.seoTitle ?? name;
  const description = home?.seoDescription ?? `Shop the newest arrivals at ${name}.`;
  return {
    title,
    description,
    openGraph: { title, description, siteName: name, type: 'website' },
    alternates: { canonical: await canonicalUrl('/') },
  };
}

/**
 * The store's published home page from the builder. A store without one (or a "Load more" page,
 * `?cursor=`) gets the list of new arrivals instead.
 */
export default async function HomePage({ searchParams }: HomePageProps) {
  const result = await loadCurrentStore();
  // The layout has already handled both cases; this narrows the type.
  if (result.kind !== 'ok') notFound();
  const { store } = result;

  const cursor = cursorFrom((await searchParams).cursor);
  const home = cursor === undefined ? await loadHomePage() : null;
  if (home === null) return <NewArrivals store={store} cursor={cursor} />;

  const document = readPublishedDocument(home);
  return (
    <main>
      {/* A hero first carries the page's h1; otherwise the store's name is the heading. */}
      {!leadsWithPageHeading(document) && <h1 className="sr-only">{store.name}</h1>}
      <BuilderPage page={home} document={document} store={store} />
    </main>
  );
}
