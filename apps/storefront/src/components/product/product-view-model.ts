import type { RouterOutputs } from '@storeloom/api';

import type { PickerOption, PickerVariant } from './variant-selection';

export type StorefrontProduct = RouterOutputs['storefront']['catalog']['productBySlug'];

export interface GalleryImage {
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
  /** Set when the image shows one variant; choosing that variant brings it up. */
  variantId: string | null;
}

export interface DetailVariant extends PickerVariant {
  title: string;
  price: number;
  compareAtPrice: number | null;
  currency: string;
  available: number | null;
  image: { url: string; alt: string } | null;
}

/** What the interactive part of the product page needs, and nothing more (it goes to the browser). */
export interface DetailProduct {
  id: string;
  title: string;
  priceMin: number;
  priceMax: number;
  currency: string;
  options: PickerOption[];
  variants: DetailVariant[];
  images: GalleryImage[];
}

export function toDetailProduct(product: StorefrontProduct, storeCurrency: string): DetailProduct {
  return {
    id: product.id,
    title: product.title,
    priceMin: product.priceMin,
    priceMax: product.priceMax,
    currency: product.currency ?? storeCurrency,
    options: product.options,
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title,
      price: variant.price,
      compareAtPrice: variant.compareAtPrice,
      currency: variant.currency,
      available: variant.available,
      inStock: variant.inStock,
      image: variant.image,
      optionValues: variant.optionValues.map((value) => ({
        optionId: value.optionId,
        valueId: value.valueId,
      })),
    })),
    images: product.media
      .filter((media) => media.kind === 'image')
      .map((media) => ({
        url: media.url,
        alt: media.alt,
        width: media.width,
        height: media.height,
        variantId: media.variantId,
      })),
  };
}

/** Where a variant's own picture sits in the gallery, when it has one. */
export function imageIndexOf(images: readonly GalleryImage[], variant: DetailVariant): number {
  const own = images.findIndex((image) => image.variantId === variant.id);
  if (own !== -1) return own;
  return variant.image === null
    ? -1
    : images.findIndex((image) => image.url === variant.image?.url);
}
