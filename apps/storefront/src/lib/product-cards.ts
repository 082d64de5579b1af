import type { RouterOutputs } from '@storeloom/api';

import type { ProductCardData } from '~/components/product-card';

type StorefrontProduct = RouterOutputs['storefront']['catalog']['listProducts']['items'][number];

export function productHref(slug: string): string {
  return `/products/${encodeURIComponent(slug)}`;
}

export function toProductCard(product: StorefrontProduct): ProductCardData {
  return {
    id: product.id,
    href: productHref(product.slug),
    name: product.title,
    priceMinor: product.price,
    compareAtPriceMinor: product.compareAtPrice,
    currency: product.currency,
    image:
      product.imageUrl === null
        ? null
        : { src: product.imageUrl, alt: product.imageAlt ?? product.title },
    soldOut: !product.inStock,
  };
}
