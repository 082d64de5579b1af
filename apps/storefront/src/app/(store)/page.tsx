import { ButtonLink } from '@storeloom/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import type { ProductCardData } from '~/components/product-card';
import { ProductGrid } from '~/components/product-grid';
import { StoreHero, type StoreHeroFeature } from '~/components/store-hero';
import { loadCurrentStore } from '~/lib/current-store';
import { toProductCard } from '~/lib/product-cards';
import { api } from '~/trpc/server';

const PAGE_SIZE = 24;

/** Cursors are product ids (cuid); anything else is ignored rather than sent to the API. */
const CURSOR_SHAPE = /^[a-z0-9]{1,64}$/i;

interface HomePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function cursorFrom(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && CURSOR_SHAPE.test(value) ? value : undefined;
}

/** The hero shows the newest products that have a picture. */
function featuredFrom(products: ProductCardData[]): StoreHeroFeature[] {
  return products.flatMap((product) =>
    product.image != null && product.soldOut !== true
      ? [{ href: product.href, name: product.name, image: product.image }]
      : [],
  );
}

export async function generateMetadata(): Promise<Metadata> {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') return { robots: { index: false } };
  const { name } = result.store;
  return {
    title: name,
    description: `Shop the newest arrivals at ${name}.`,
    openGraph: { title: name, siteName: name, type: 'website' },
  };
}

export default async function HomePage({ searchParams }: HomePageProps) {
  const result = await loadCurrentStore();
  // The layout has already handled both cases; this narrows the type.
  if (result.kind !== 'ok') notFound();
  const { store } = result;

  const cursor = cursorFrom((await searchParams).cursor);
  const page = await (await api()).storefront.catalog.listProducts({ limit: PAGE_SIZE, cursor });
  const products = page.items.map(toProductCard);

  return (
    <main>
      {cursor === undefined && (
        <StoreHero
          storeName={store.name}
          shopHref="#products"
          featured={featuredFrom(products)}
          stocked={products.length > 0}
        />
      )}

      <section
        id="products"
        aria-labelledby="products-heading"
        className="mx-auto w-full max-w-7xl scroll-mt-32 px-4 py-12 sm:px-6"
      >
        <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id="products-heading" className="text-2xl font-semibold tracking-tight">
              {cursor === undefined ? 'New arrivals' : 'More new arrivals'}
            </h2>
            <p className="mt-1 text-sm text-muted-foreground">
              The latest additions to {store.name}, newest first.
            </p>
          </div>
          {cursor !== undefined && (
            <Link
              href="/"
              className="text-sm font-medium text-muted-foreground hover:text-foreground"
            >
              ← Back to the newest
            </Link>
          )}
        </div>

        <ProductGrid
          products={products}
          locale={store.locale}
          empty={
            cursor === undefined
              ? {
                  title: 'No products yet',
                  description: `${store.name} is getting its shelves ready. Please check back soon.`,
                }
              : {
                  title: 'No more products',
                  description: 'You have seen everything in this list.',
                  action: (
                    <ButtonLink href="/" linkComponent={Link} variant="secondary">
                      Back to the newest
                    </ButtonLink>
                  ),
                }
          }
        />

        {page.nextCursor !== null && (
          <div className="mt-12 flex justify-center">
            {/* A plain link: the cursor lives in the URL, so the page can be shared and works without JS. */}
            <ButtonLink
              href={`/?cursor=${encodeURIComponent(page.nextCursor)}`}
              linkComponent={Link}
              variant="secondary"
              size="lg"
              className="px-8"
            >
              Load more
            </ButtonLink>
          </div>
        )}
      </section>
    </main>
  );
}
