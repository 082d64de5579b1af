import { describe, expect, it } from 'vitest';

import type { PageDocument } from '../document/page-document';
import type {
  BlockDataSource,
  CategoriesRequirement,
  ProductRequirement,
  ProductsRequirement,
} from './block-data';
import { collectDataNeeds, resolvePageData } from './resolve-page-data';

const grid = (id: string, categorySlug: string) => ({
  id,
  type: 'product-grid',
  props: { heading: 'Grid', source: 'category', categorySlug, limit: 4 },
});

const document: PageDocument = {
  version: 1,
  blocks: [
    { id: 'hero', type: 'hero', props: { heading: 'Hi' } },
    grid('audio-1', 'audio'),
    {
      id: 'cols',
      type: 'columns',
      props: {},
      children: [
        { id: 'c1', type: 'column', props: {}, children: [grid('audio-2', 'audio')] },
        {
          id: 'c2',
          type: 'column',
          props: {},
          children: [{ id: 'spot', type: 'featured-product', props: { productSlug: 'gone' } }],
        },
      ],
    },
    { id: 'cats', type: 'category-list', props: { limit: 3 } },
    { id: 'unset', type: 'featured-product', props: {} },
  ],
};

/** A data source that records its calls; the featured product has been deleted. */
function recordingSource() {
  const calls: string[] = [];
  const source: BlockDataSource = {
    products: (requirement: ProductsRequirement) => {
      calls.push(`products:${requirement.categorySlug ?? ''}:${String(requirement.limit)}`);
      return Promise.resolve({ kind: 'products', products: [], more: null });
    },
    product: (requirement: ProductRequirement) => {
      calls.push(`product:${requirement.productSlug}`);
      return Promise.reject(new Error('catalogue unavailable'));
    },
    categories: (requirement: CategoriesRequirement) => {
      calls.push(`categories:${String(requirement.limit)}`);
      return Promise.resolve({ kind: 'categories', categories: [] });
    },
  };
  return { source, calls };
}

describe('collectDataNeeds', () => {
  it('finds every data block at any depth, skipping unset ones', () => {
    expect(collectDataNeeds(document).map((need) => need.blockId)).toEqual([
      'audio-1',
      'audio-2',
      'spot',
      'cats',
    ]);
    expect(collectDataNeeds(document)[0]?.requirement).toEqual({
      kind: 'products',
      source: 'category',
      categorySlug: 'audio',
      productSlugs: [],
      limit: 4,
    });
  });
});

describe('resolvePageData', () => {
  it('loads identical requirements once and isolates failures', async () => {
    const { source, calls } = recordingSource();
    const failed: string[] = [];
    const data = await resolvePageData(document, source, {
      onError: (need, error) => failed.push(`${need.blockId}: ${String(error)}`),
    });
    expect(calls.sort()).toEqual(['categories:3', 'product:gone', 'products:audio:4']);
    expect([...data.keys()].sort()).toEqual(['audio-1', 'audio-2', 'cats']);
    expect(data.get('audio-2')).toEqual({ kind: 'products', products: [], more: null });
    expect(failed).toEqual(['spot: Error: catalogue unavailable']);
  });

  it('keeps at most `concurrency` loads in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = async <T>(value: T): Promise<T> => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return value;
    };
    const source: BlockDataSource = {
      products: () => slow({ kind: 'products', products: [], more: null }),
      product: () => slow(null),
      categories: () => slow({ kind: 'categories', categories: [] }),
    };
    const many: PageDocument = {
      version: 1,
      blocks: Array.from({ length: 6 }, (_, index) =>
        grid(`g${String(index)}`, `c${String(index)}`),
      ),
    };
    const data = await resolvePageData(many, source, { concurrency: 2 });
    expect(data.size).toBe(6);
    expect(peak).toBe(2);
  });
});
