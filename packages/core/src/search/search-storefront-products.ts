import type { Prisma, TenantClient } from '@storeloom/db';
import type { OptionFilter, StorefrontSort } from '@storeloom/validators';

import { badRequest, notFound } from '../errors/domain-error.ts';
import { decodeCursor, encodeCursor } from './keyset-cursor.ts';
import {
  type EffectiveSort,
  type StorefrontSearchCriteria,
  storefrontSearchSql,
} from './storefront-search-sql.ts';
import { parseTextSearch, similarityThresholdSql } from './text-search.ts';

export interface StorefrontSearchItem {
  id: string;
  slug: string;
  title: string;
  priceMin: number;
  priceMax: number;
  /** The compare-at price of the cheapest variant, when it is on sale. */
  compareAtPrice: number | null;
  currency: string;
  image: { url: string; alt: string } | null;
  inStock: boolean;
}

export interface CategoryFacet {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  depth: number;
  /** Matching products in the category and everything below it. */
  count: number;
}

export interface OptionFacet {
  name: string;
  values: { value: string; count: number }[];
}

export interface StorefrontSearchFacets {
  categories: CategoryFacet[];
  options: OptionFacet[];
  /** Lowest and highest variant price among the matches (null when nothing matches). */
  price: { min: number | null; max: number | null };
  inStockCount: number;
}

export interface StorefrontSearchResult {
  items: StorefrontSearchItem[];
  nextCursor: string | null;
  total: number;
  /** The sort actually used: `relevance` without a search text lists the newest first. */
  sort: EffectiveSort;
  facets: StorefrontSearchFacets;
}

export interface SearchStorefrontProductsInput {
  db: TenantClient;
  tenantId: string;
  q?: string;
  categorySlug?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  options?: readonly OptionFilter[];
  sort: StorefrontSort;
  cursor?: string;
  limit: number;
}

interface ItemRow {
  id: string;
  slug: string;
  title: string;
  priceMin: number;
  priceMax: number;
  compareAtPrice: number | null;
  currency: string;
  inStock: boolean;
  key: number;
  imageUrl: string | null;
  imageAlt: string;
}

interface SearchRow {
  categoryFound: boolean;
  items: ItemRow[];
  total: number;
  inStockCount: number;
  priceRange: { min: number | null; max: number | null };
  categories: CategoryFacet[];
  options: OptionFacet[];
}

/** What one search runs in one store-scoped transaction: the settings, then the search. */
export interface StorefrontSearchStatements {
  setup: Prisma.Sql[];
  search: Prisma.Sql;
}

/** Option filters compare case-insensitively; a filter given twice counts once. */
function distinctOptions(options: readonly OptionFilter[]): OptionFilter[] {
  const byKey = new Map<string, OptionFilter>();
  for (const option of options) {
    const name = option.name.trim().toLowerCase();
    const value = option.value.trim().toLowerCase();
    byKey.set(JSON.stringify([name, value]), { name, value });
  }
  return [...byKey.values()];
}

/** Validated criteria from the input; BAD_REQUEST for an inverted price range or a bad cursor. */
export function storefrontSearchCriteria(
  input: Omit<SearchStorefrontProductsInput, 'db'>,
): StorefrontSearchCriteria {
  const { minPrice = null, maxPrice = null } = input;
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) {
    throw badRequest('The lowest price cannot be above the highest price');
  }
  const text = parseTextSearch(input.q);
  const sort: EffectiveSort = input.sort === 'relevance' && !text ? 'newest' : input.sort;
  return {
    tenantId: input.tenantId,
    text,
    categorySlug: input.categorySlug ?? null,
    minPrice,
    maxPrice,
    inStock: input.inStock ?? false,
    options: distinctOptions(input.options ?? []),
    sort,
    after: input.cursor ? decodeCursor(input.cursor, sort) : null,
    take: input.limit + 1,
  };
}

export function storefrontSearchStatements(
  criteria: StorefrontSearchCriteria,
): StorefrontSearchStatements {
  return {
    setup: criteria.text ? [similarityThresholdSql()] : [],
    search: storefrontSearchSql(criteria),
  };
}

function toCard(row: ItemRow): StorefrontSearchItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    priceMin: row.priceMin,
    priceMax: row.priceMax,
    compareAtPrice: row.compareAtPrice,
    currency: row.currency,
    image: row.imageUrl === null ? null : { url: row.imageUrl, alt: row.imageAlt },
    inStock: row.inStock,
  };
}

/**
 * Storefront search and browse: active products of the store, filtered by text, category
 * subtree, price, stock and option values, sorted and paged by an opaque keyset cursor, with the
 * total and facet counts, all from one statement in one transaction. An unknown
 * category slug is NOT_FOUND, so a stale category link shows a 404 rather than an empty shelf.
 */
export async function searchStorefrontProducts({
  db,
  ...input
}: SearchStorefrontProductsInput): Promise<StorefrontSearchResult> {
  const criteria = storefrontSearchCriteria(input);
  const { setup, search } = storefrontSearchStatements(criteria);
  // One statement alone runs on the scoped client, which wraps it in a transaction with the
  // store set; settings that must precede it need an interactive transaction.
  const [result] =
    setup.length === 0
      ? await db.$queryRaw<SearchRow[]>(search)
      : await db.$transaction(async (tx) => {
          for (const statement of setup) await tx.$executeRaw(statement);
          return tx.$queryRaw<SearchRow[]>(search);
        });
  if (!result?.categoryFound) throw notFound('Category');

  const rows = result.items;
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toCard),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor(criteria.sort, { key: last.key, id: last.id })
        : null,
    total: result.total,
    sort: criteria.sort,
    facets: {
      categories: result.categories,
      options: result.options,
      price: result.priceRange,
      inStockCount: result.inStockCount,
    },
  };
}
