import type { RouterOutputs } from '@storeloom/api';

import { categoryHref } from '~/lib/category-links';
import { productHref } from '~/lib/product-cards';

type Suggestions = RouterOutputs['storefront']['catalog']['suggest'];

export type SuggestionItem =
  | { kind: 'category'; key: string; label: string; href: string }
  | {
      kind: 'product';
      key: string;
      label: string;
      href: string;
      imageUrl: string | null;
      price: { amount: number; currency: string; varies: boolean } | null;
    }
  | { kind: 'search'; key: string; label: string; href: string };

export function searchHref(query: string): string {
  return `/search?${new URLSearchParams({ q: query }).toString()}`;
}

/**
 * The options of the suggestion list, in the order the arrow keys walk them: categories, then
 * products, then "search for the text" (always there, so Enter on it does what Enter does anyway).
 */
export function suggestionItems(data: Suggestions | undefined, query: string): SuggestionItem[] {
  const categories: SuggestionItem[] = (data?.categories ?? []).map((category) => ({
    kind: 'category',
    key: `category-${category.id}`,
    label: category.name,
    href: categoryHref(category.slug),
  }));
  const products: SuggestionItem[] = (data?.products ?? []).map((product) => ({
    kind: 'product',
    key: `product-${product.id}`,
    label: product.title,
    href: productHref(product.slug),
    imageUrl: product.imageUrl,
    price:
      product.price === null || product.currency === null
        ? null
        : { amount: product.price, currency: product.currency, varies: product.priceVaries },
  }));
  return [
    ...categories,
    ...products,
    { kind: 'search', key: 'search', label: query, href: searchHref(query) },
  ];
}
