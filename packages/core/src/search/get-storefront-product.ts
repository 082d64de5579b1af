import type { MediaKind, TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { storefrontProductSql } from './storefront-product-sql.ts';

export interface CategoryCrumb {
  id: string;
  slug: string;
  name: string;
}

export interface StorefrontVariant {
  id: string;
  title: string;
  sku: string;
  price: number;
  compareAtPrice: number | null;
  currency: string;
  /** Units that can be bought now; null when the store does not track this variant's stock. */
  available: number | null;
  inStock: boolean;
  optionValues: { optionId: string; name: string; valueId: string; value: string }[];
  image: { url: string; alt: string } | null;
}

export interface StorefrontProduct {
  id: string;
  slug: string;
  title: string;
  descriptionHtml: string;
  vendor: string | null;
  productType: string | null;
  tags: string[];
  seo: { title: string; description: string | null };
  priceMin: number;
  priceMax: number;
  currency: string | null;
  inStock: boolean;
  options: { id: string; name: string; values: { id: string; value: string }[] }[];
  variants: StorefrontVariant[];
  media: {
    mediaId: string;
    kind: MediaKind;
    url: string;
    alt: string;
    width: number | null;
    height: number | null;
    variantId: string | null;
  }[];
  /** The deepest category first; each with its breadcrumbs from the root down to itself. */
  categories: (CategoryCrumb & { breadcrumbs: CategoryCrumb[] })[];
}

interface ProductRow {
  id: string;
  slug: string;
  title: string;
  descriptionHtml: string;
  vendor: string | null;
  productType: string | null;
  tags: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  options: StorefrontProduct['options'];
  variants: StorefrontVariant[];
  media: StorefrontProduct['media'];
  categories: StorefrontProduct['categories'];
}

/**
 * The product page of an active product, from one statement. Drafts, archived products and
 * unknown slugs are all simply NOT_FOUND.
 */
export async function getStorefrontProduct({
  db,
  tenantId,
  slug,
}: {
  db: TenantClient;
  tenantId: string;
  slug: string;
}): Promise<StorefrontProduct> {
  // The scoped client runs a single statement in a transaction with the store set.
  const [row] = await db.$queryRaw<ProductRow[]>(storefrontProductSql(tenantId, slug));
  if (!row) throw notFound('Product');
  const prices = row.variants.map((variant) => variant.price);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    descriptionHtml: row.descriptionHtml,
    vendor: row.vendor,
    productType: row.productType,
    tags: row.tags,
    seo: { title: row.seoTitle ?? row.title, description: row.seoDescription },
    priceMin: prices.length > 0 ? Math.min(...prices) : 0,
    priceMax: prices.length > 0 ? Math.max(...prices) : 0,
    currency: row.variants[0]?.currency ?? null,
    inStock: row.variants.some((variant) => variant.inStock),
    options: row.options,
    variants: row.variants,
    media: row.media,
    categories: row.categories,
  };
}
