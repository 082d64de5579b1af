import 'server-only';

import type { RouterOutputs } from '@storeloom/api';

import { api } from '~/trpc/server';

type SearchItem = RouterOutputs['storefront']['catalog']['search']['items'][number];

export interface NotFoundSuggestions {
  /** `matches`: products named like the address; `popular`: best sellers when nothing is. */
  kind: 'matches' | 'popular';
  items: SearchItem[];
}

const LIMIT = 4;

/** Words of a product address worth searching for: "aurora-earbuds-2" → ["aurora", "earbuds"]. */
export function searchWordsOf(slug: string): string[] {
  return slug
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2 && !/^\d+$/.test(word))
    .slice(0, 6);
}

/**
 * What to offer on a missing product's page: products matching all the words of its address,
 * else any of them, else the store's best sellers. Failures leave the list empty.
 */
export async function notFoundSuggestions(slug: string): Promise<NotFoundSuggestions> {
  const catalog = (await api()).storefront.catalog;
  const words = searchWordsOf(slug);
  try {
    // All words first; then any word ("or" is the search's own either-or syntax).
    for (const q of words.length === 0 ? [] : [words.join(' '), words.join(' or ')]) {
      const { items } = await catalog.search({ q, limit: LIMIT });
      if (items.length > 0) return { kind: 'matches', items };
    }
    const { items } = await catalog.search({ sort: 'best_selling', limit: LIMIT });
    return { kind: 'popular', items };
  } catch (error) {
    console.error('[product page] suggestions for a missing product failed', error);
    return { kind: 'popular', items: [] };
  }
}
