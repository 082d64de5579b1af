import { formatMoney } from '@storeloom/ui';
import { firstCatalogPage, type CatalogUrlState } from '@storeloom/validators';

import type { ActiveFilter } from '~/components/catalog/active-filters';

import { catalogHref } from './catalog-href';

interface ChipContext {
  pathname: string;
  currency: string;
  locale: string;
  /** Names of categories by slug, for the search page's category chip. */
  categoryName: (slug: string) => string;
}

function priceLabel(state: CatalogUrlState, currency: string, locale: string): string | null {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  if (state.minPrice !== null && state.maxPrice !== null) {
    return `${money(state.minPrice)} – ${money(state.maxPrice)}`;
  }
  if (state.minPrice !== null) return `From ${money(state.minPrice)}`;
  if (state.maxPrice !== null) return `Up to ${money(state.maxPrice)}`;
  return null;
}

/** One removable chip per filter in force; removing one returns to the first page. */
export function activeFilterChips(state: CatalogUrlState, context: ChipContext): ActiveFilter[] {
  const base = firstCatalogPage(state);
  const href = (next: CatalogUrlState) => catalogHref(context.pathname, next, context.currency);
  const chips: ActiveFilter[] = [];
  if (state.category !== null) {
    chips.push({
      label: `Category: ${context.categoryName(state.category)}`,
      removeHref: href({ ...base, category: null }),
    });
  }
  const price = priceLabel(state, context.currency, context.locale);
  if (price !== null) {
    chips.push({ label: price, removeHref: href({ ...base, minPrice: null, maxPrice: null }) });
  }
  if (state.inStock) {
    chips.push({ label: 'In stock only', removeHref: href({ ...base, inStock: false }) });
  }
  for (const option of state.options) {
    chips.push({
      label: `${option.name}: ${option.value}`,
      removeHref: href({ ...base, options: base.options.filter((other) => other !== option) }),
    });
  }
  return chips;
}
