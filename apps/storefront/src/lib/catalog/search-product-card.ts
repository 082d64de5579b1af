import type { RouterOutputs } from '@storeloom/api';

import type { ProductCardData } from '~/components/product-card';

import { productHref } from '../product-cards';

type SearchItem = RouterOutputs['storefront']['catalog']['search']['items'][number];

export function searchItemToCard(item: SearchItem): ProductCardData {
  return {
    id: item.id,
    href: productHref(item.slug),
    name: item.title,
    priceMinor: item.priceMin,
    compareAtPriceMinor: item.compareAtPrice,
    currency: item.currency,
    priceVaries: item.priceMax > item.priceMin,
    image: item.image === null ? null : { src: item.image.url, alt: item.image.alt },
    soldOut: !item.inStock,
  };
}
