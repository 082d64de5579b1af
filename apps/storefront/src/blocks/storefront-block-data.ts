import 'server-only';

import type {
  BlockCategory,
  BlockDataSource,
  CategoriesRequirement,
  ProductsRequirement,
  ResolvedDataOf,
} from '@storeloom/blocks';
import { TRPCError } from '@trpc/server';

import { categoryHref } from '~/lib/category-links';
import type { api } from '~/trpc/server';

import {
  detailToBlockProduct,
  listedToBlockProduct,
  pickedToBlockProduct,
  searchItemToBlockProduct,
} from './to-block-data';

type Caller = Awaited<ReturnType<typeof api>>;

/** A product or category removed since the page was published: the block shows without it. */
function nullWhenGone<T>(load: Promise<T>): Promise<T | null> {
  return load.catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
}

/**
 * Feeds catalogue blocks through the storefront API, so they read what every other storefront
 * page reads (published products only, this store only, through the catalogue cache).
 */
export function storefrontBlockData(caller: Caller, storeCurrency: string): BlockDataSource {
  const catalog = caller.storefront.catalog;

  async function products(
    requirement: ProductsRequirement,
  ): Promise<ResolvedDataOf<'products'> | null> {
    const { limit } = requirement;
    switch (requirement.source) {
      case 'newest': {
        const page = await catalog.listProducts({ limit });
        return {
          kind: 'products',
          products: page.items.map(listedToBlockProduct),
          // The home page's own listing continues the same list, a page at a time.
          more:
            page.nextCursor === null
              ? null
              : {
                  href: `/?cursor=${encodeURIComponent(page.nextCursor)}`,
                  label: 'More new arrivals',
                },
        };
      }
      case 'best-selling': {
        const result = await catalog.search({ sort: 'best_selling', limit });
        return {
          kind: 'products',
          products: result.items.map(searchItemToBlockProduct),
          more:
            result.total > result.items.length
              ? { href: '/search?sort=best_selling', label: 'Shop all best sellers' }
              : null,
        };
      }
      case 'category': {
        const slug = requirement.categorySlug;
        if (slug === null) return null;
        const result = await nullWhenGone(catalog.search({ categorySlug: slug, limit }));
        if (result === null) return null;
        const name = result.facets.categories.find((category) => category.slug === slug)?.name;
        return {
          kind: 'products',
          products: result.items.map(searchItemToBlockProduct),
          more: {
            href: categoryHref(slug),
            label: name === undefined ? 'Shop the category' : `Shop all ${name}`,
          },
        };
      }
      case 'manual': {
        const cards = await caller.storefront.pages.productCards({
          slugs: [...requirement.productSlugs],
        });
        return { kind: 'products', products: cards.map(pickedToBlockProduct), more: null };
      }
    }
  }

  async function categories(
    requirement: CategoriesRequirement,
  ): Promise<ResolvedDataOf<'categories'>> {
    const tiles = await caller.storefront.pages.categoryTiles({
      categorySlugs: [...requirement.categorySlugs],
      limit: requirement.limit,
    });
    return {
      kind: 'categories',
      categories: tiles.map((tile): BlockCategory => ({
        id: tile.id,
        href: categoryHref(tile.slug),
        name: tile.name,
        productCount: tile.productCount,
        image: tile.image === null ? null : { src: tile.image.url, alt: tile.image.alt },
      })),
    };
  }

  return {
    products,
    async product({ productSlug }) {
      const detail = await nullWhenGone(catalog.productBySlug({ slug: productSlug }));
      const product = detail === null ? null : detailToBlockProduct(detail, storeCurrency);
      return product === null ? null : { kind: 'product', product };
    },
    categories,
  };
}
