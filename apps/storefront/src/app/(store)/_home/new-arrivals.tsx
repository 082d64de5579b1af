import { ButtonLink } from '@storeloom/ui';
import { Link } from '~/components/link';

import type { ProductCardData } from '~/components/product-card';
import { ProductGrid } from '~/components/product-grid';
import { StoreHero, type StoreHeroFeature } from '~/components/store-hero';
import { toProductCard } from '~/lib/product-cards';
import { api } from '~/trpc/server';

const PAGE_SIZE = 24;

/** The hero shows the newest products that have a picture. */
function featuredFrom(products: ProductCardData[]): StoreHeroFeature[] {
  return products.flatMap((product) =>
    product.image != null && product.soldOut !== true
      ? [{ href: product.href, name: product.name, image: product.image }]
      : [],
  );
}

export interface NewArrivalsProps {
  store: { name: string; locale: string };
  /** A product id from the previous page's "Load more"; undefined for the first page. */
  cursor: string | undefined;
}

/**
 * The store's products, newest first, a page at a time. The home page of a store without a
 * published builder page, and the continuation ("More new arrivals") of every home page's list.
 */
export async function NewArrivals({ store, cursor }: NewArrivalsProps) {
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
            {/* Continuation pages have no hero, so the list's heading is the page's h1. */}
            {cursor === undefined ? (
              <h2 id="products-heading" className="text-2xl font-semibold tracking-tight">
                New arrivals
              </h2>
            ) : (
              <h1 id="products-heading" className="text-2xl font-semibold tracking-tight">
                More new arrivals
              </h1>
            )}
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
