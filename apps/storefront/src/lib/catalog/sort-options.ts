import type { StorefrontSort } from '@storeloom/validators';

export interface SortOption {
  value: StorefrontSort;
  label: string;
}

const relevance: SortOption = { value: 'relevance', label: 'Best match' };
const others: SortOption[] = [
  { value: 'newest', label: 'Newest' },
  { value: 'best_selling', label: 'Best selling' },
  { value: 'price_asc', label: 'Price: low to high' },
  { value: 'price_desc', label: 'Price: high to low' },
];

/** "Best match" only means something for a search text; without one the API lists newest first. */
export function sortOptionsFor(hasQuery: boolean): SortOption[] {
  return hasQuery ? [relevance, ...others] : others;
}

export function sortLabel(sort: StorefrontSort): string {
  return [relevance, ...others].find((option) => option.value === sort)?.label ?? relevance.label;
}
