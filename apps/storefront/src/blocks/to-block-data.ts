import type { RouterOutputs } from '@storeloom/api';
import { htmlToPlainText, type BlockFeaturedProduct, type BlockProduct } from '@storeloom/blocks';

import { productHref } from '~/lib/product-cards';

type ListedProduct = RouterOutputs['storefront']['catalog']['listProducts']['items'][number];
type SearchItem = RouterOutputs['storefront']['catalog']['search']['items'][number];
type ProductDetail = RouterOutputs['storefront']['catalog']['productBySlug'];
type PickedProduct = RouterOutputs['storefront']['pages']['productCards'][number];

/** How much of a description a featured product shows. */
const SUMMARY_LENGTH = 240;

export function listedToBlockProduct(product: ListedProduct): BlockProduct {
  return {
    id: product.id,
    href: productHref(product.slug),
    title: product.title,
    price: product.price,
    // The newest-first list carries the lowest price only.
    priceVaries: false,
    compareAtPrice: product.compareAtPrice,
    currency: product.currency,
    image:
      product.imageUrl === null
        ? null
        : { src: product.imageUrl, alt: product.imageAlt ?? product.title },
    inStock: product.inStock,
  };
}

export function pickedToBlockProduct(product: PickedProduct): BlockProduct {
  return { ...listedToBlockProduct(product), priceVaries: product.priceMax > product.price };
}

export function searchItemToBlockProduct(item: SearchItem): BlockProduct {
  return {
    id: item.id,
    href: productHref(item.slug),
    title: item.title,
    price: item.priceMin,
    priceVaries: item.priceMax > item.priceMin,
    compareAtPrice: item.compareAtPrice,
    currency: item.currency,
    image: item.image === null ? null : { src: item.image.url, alt: item.image.alt },
    inStock: item.inStock,
  };
}

/** Null for a product with no price to show (no variants, so nothing to buy). */
export function detailToBlockProduct(
  product: ProductDetail,
  storeCurrency: string,
): BlockFeaturedProduct | null {
  const cheapest = product.variants.reduce<ProductDetail['variants'][number] | undefined>(
    (lowest, variant) => (lowest === undefined || variant.price < lowest.price ? variant : lowest),
    undefined,
  );
  if (cheapest === undefined) return null;
  const image = product.media.find((media) => media.kind === 'image') ?? null;
  return {
    id: product.id,
    href: productHref(product.slug),
    title: product.title,
    price: product.priceMin,
    priceVaries: product.priceMax > product.priceMin,
    compareAtPrice: cheapest.compareAtPrice,
    currency: product.currency ?? storeCurrency,
    image: image === null ? null : { src: image.url, alt: image.alt || product.title },
    inStock: product.inStock,
    summary: product.seo.description ?? htmlToPlainText(product.descriptionHtml, SUMMARY_LENGTH),
  };
}
